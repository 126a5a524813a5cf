/**
 * Pages handed to the after-build checks as Astro renders them, so that the checks use the CPU
 * that rendering leaves idle (a third of it while the share pages render, measured at N = 1,000)
 * instead of all starting once the last page is written. The integration
 * (`built-site.ts`) installs what takes the pages for the length of a build; this file's
 * middleware, bundled with the pages, hands it each page's HTML as written. A page it does not
 * take, or whose check has not finished, is checked after the build as before: its check is kept
 * under its HTML, so a check made here is found then, made or being made.
 */
import type { MiddlewareHandler } from 'astro';

export interface ChecksAhead {
  /** Whether a page handed now would be checked now, rather than wait in memory behind the others. */
  hasRoom(): boolean;
  check(label: string, html: string): void;
}

// On `globalThis`: the integration and the middleware are bundled apart but run in one process.
const KEY = Symbol.for('research-explainers.checks-ahead');
const shared = globalThis as unknown as Record<symbol, ChecksAhead | undefined>;

export function installChecksAhead(checks: ChecksAhead | undefined): void {
  shared[KEY] = checks;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const checks = shared[KEY];
  if (checks?.hasRoom() && response.body && response.headers.get('content-type')?.startsWith('text/html')) {
    // Read beside the build, which writes the other copy of the body: rendering does not wait for it.
    response
      .clone()
      .text()
      .then((html) => checks.check(context.url.pathname, html))
      .catch(() => {});
  }
  return response;
};
