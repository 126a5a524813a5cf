/**
 * Serves a built site the way a static host does: text compressed with gzip on the way out
 * (level 6), Pagefind's already-gzipped files as they are, `/a/` answered by `a/index.html`,
 * unknown addresses by `404.html`. The preview server sends everything uncompressed, which would
 * make every timing over a throttled network slower than any real visit.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distFileFor, isPrecompressed } from './weight.ts';

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  wasm: 'application/wasm',
};
const COMPRESSIBLE = new Set(['html', 'css', 'js', 'json', 'svg', 'txt', 'xml']);

export interface StaticSite {
  url: string;
  /** The paths served since the last call: what the browser fetched, not what it found in its cache. */
  takeServed: () => string[];
  close: () => Promise<void>;
}

/** Port 0 takes any free port. */
export async function serveStatic(root: string, port: number, base = '/'): Promise<StaticSite> {
  const gzipped = new Map<string, Buffer>();
  let served: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    let status = 200;
    let file: string;
    let body: Buffer;
    try {
      file = distFileFor(pathname, base);
      body = await readFile(join(root, file));
    } catch {
      status = 404;
      file = '404.html';
      body = await readFile(join(root, file)).catch(() => Buffer.from('Not found'));
    }
    const ext = /\.([a-z0-9_]+)$/i.exec(file)?.[1] ?? '';
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      // As GitHub Pages does: without it Chromium asks for the favicon again on every `?q=` change.
      'cache-control': 'max-age=600',
    };
    if (COMPRESSIBLE.has(ext) && !isPrecompressed(file) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const key = join(root, file);
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      body = gzipped.get(key)!;
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(body);
    served.push(pathname);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${prefix}`,
    takeServed: () => {
      const taken = served;
      served = [];
      return taken;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
