/**
 * What a first visit to a page loads, found by loading it in the browser rather than by reading
 * its HTML, so nothing the page pulls in later (a module's imports, a favicon) is missed.
 * "Until the reader interacts" means until the page has loaded and the network has been quiet
 * for half a second, with no focus, click or key. "Needed to read" means what the browser holds
 * back the first paint for (`renderBlockingStatus: 'blocking'`), plus the document itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { breakdown, distFileFor, resourceKind, servedSize, type Breakdown, type Resource } from './weight.ts';

export interface FirstVisit {
  /** Every same-origin resource requested, the document first. */
  resources: Resource[];
  /** The document and every resource that blocks the first paint. */
  neededToRead: Resource[];
  weight: Breakdown;
  /** Bytes of JavaScript among what is needed to read. */
  jsToRead: number;
}

/** A requested path's size as served, read from the built file. */
export function sizedResource(pathname: string, distDir: string, base: string): Resource {
  const body = readFileSync(join(distDir, distFileFor(pathname, base)));
  return { pathname, kind: resourceKind(pathname), size: servedSize(pathname, body) };
}

export async function firstVisit(page: Page, url: string, distDir: string, base: string): Promise<FirstVisit> {
  const origin = new URL(url).origin;
  const requested: string[] = [];
  const record = (request: { url: () => string }) => requested.push(request.url());
  page.on('request', record);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  page.off('request', record);

  const blocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );
  // Another origin would show up here as a miss: the site asks nothing of any other origin.
  const resources = requested.map((address) => {
    const { origin: from, pathname } = new URL(address);
    if (from !== origin) throw new Error(`${url} requested ${address}, from another origin`);
    return sizedResource(pathname, distDir, base);
  });
  const neededToRead = resources.filter((resource, index) => index === 0 || blocking.some((name) => new URL(name).pathname === resource.pathname));
  return {
    resources,
    neededToRead,
    weight: breakdown(resources),
    jsToRead: neededToRead.filter((resource) => resource.kind === 'js').reduce((sum, resource) => sum + resource.size.gzip, 0),
  };
}
