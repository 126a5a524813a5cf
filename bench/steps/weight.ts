/** First-visit weight of the home, article and search pages. */
import type { Browser } from '@playwright/test';
import { ARTICLE_PATH } from '../../tests/contract.ts';
import { firstVisit, type FirstVisit } from '../lib/first-visit.ts';

export const PAGES = { home: '', article: ARTICLE_PATH, search: 'search/' } as const;
export type PageName = keyof typeof PAGES;

export async function pageWeights(browser: Browser, siteUrl: string, distDir: string): Promise<Record<PageName, FirstVisit>> {
  const base = new URL(siteUrl).pathname;
  const result = {} as Record<PageName, FirstVisit>;
  for (const [name, path] of Object.entries(PAGES) as [PageName, string][]) {
    const context = await browser.newContext();
    result[name] = await firstVisit(await context.newPage(), new URL(path, siteUrl).href, distDir, base);
    await context.close();
  }
  return result;
}
