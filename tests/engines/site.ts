/**
 * The built site as the engines' journeys see it: `bench/lib/static-server.ts` behind a thin
 * front that also notes what a reader would never notice but a journey must, whichever engine
 * runs it: every request the site could not answer, and, through a small probe script added to
 * the head of each page, the page's console errors, uncaught exceptions, failed loads and
 * Content-Security-Policy refusals (WebKit's WebDriver reports none of these itself).
 */
import { createServer, request as forward, type Server } from 'node:http';
import { serveStatic } from '../../bench/lib/static-server.ts';

const PROBE_PATH = '/__engines/probe.js';
export const PROBLEMS_KEY = '__engineProblems';

/** Runs first in every page: keeps what goes wrong in sessionStorage, which outlives the page's navigations. */
const PROBE = `(() => {
  // A page being left cancels its own loads; those are the browser's doing, not the page's.
  let leaving = false;
  addEventListener('beforeunload', () => { leaving = true; });
  const note = (problem) => {
    if (leaving) return;
    const problems = JSON.parse(sessionStorage.getItem('${PROBLEMS_KEY}') || '[]');
    sessionStorage.setItem('${PROBLEMS_KEY}', JSON.stringify([...problems, problem + ' on ' + location.pathname]));
  };
  const consoleError = console.error.bind(console);
  console.error = (...args) => { note('console error: ' + args.map(String).join(' ')); consoleError(...args); };
  addEventListener('error', (event) => {
    const target = event.target;
    // Firefox fires error on a modulepreload hint for a module it already holds (Vite adds such hints
    // before a dynamic import), fetching nothing; a module that truly fails rejects its import, noted below.
    if (target instanceof HTMLLinkElement && target.rel === 'modulepreload') return;
    note(target instanceof Element ? 'failed to load ' + target.outerHTML.slice(0, 160) : 'uncaught ' + event.message + ' (' + event.filename + ':' + event.lineno + ')');
  }, true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection: ' + event.reason));
  document.addEventListener('securitypolicyviolation', (event) => note('CSP: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline code')));
})();`;

export interface JourneySite {
  url: string;
  /** Requests answered with an error status since the last call. */
  takeFailedRequests: () => string[];
  close: () => Promise<void>;
}

export async function serveForEngines(root: string): Promise<JourneySite> {
  const site = await serveStatic(root, 0);
  const upstream = new URL(site.url);
  let failed: string[] = [];
  const server: Server = createServer((request, response) => {
    if (request.url === PROBE_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(PROBE);
      return;
    }
    // Asked for uncompressed so that a page can be given the probe.
    const headers = { ...request.headers, host: upstream.host };
    delete headers['accept-encoding'];
    const upstreamRequest = forward({ host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      if (status >= 400) failed.push(`${status} ${request.url}`);
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        if (String(answer.headers['content-type']).startsWith('text/html')) {
          body = Buffer.from(body.toString('utf8').replace('</head>', `<script src="${PROBE_PATH}"></script></head>`));
        }
        response.writeHead(status, { ...answer.headers, 'content-length': String(body.length) });
        response.end(body);
      });
    });
    upstreamRequest.on('error', () => response.writeHead(502).end());
    request.pipe(upstreamRequest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    takeFailedRequests: () => {
      const taken = failed;
      failed = [];
      return taken;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await site.close();
    },
  };
}
