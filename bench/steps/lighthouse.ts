/**
 * Lighthouse's four category scores and its largest contentful paint, with its defaults: the
 * mobile form factor and simulated throttling (a mid-range phone on slow 4G). Lighthouse drives
 * the tests' Chromium through a debugging port, so no second browser is installed.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { median } from '../lib/stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  scores: Record<Category, number>;
  lcpMs: number;
  runs: number;
}

export async function lighthouseScores(url: string, port: number, runs: number): Promise<LighthouseResult> {
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), `--remote-debugging-port=${port}`] });
  try {
    const results: { scores: Record<Category, number>; lcpMs: number; failing: string[] }[] = [];
    for (let i = 0; i < runs; i++) {
      const outcome = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = outcome.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
      results.push({
        scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])) as Record<Category, number>,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        failing: CATEGORIES.flatMap((name) =>
          (categories[name]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${name}: ${ref.id}`),
        ),
      });
    }
    const failing = [...new Set(results.flatMap((result) => result.failing))];
    if (failing.length > 0) console.log(`  Lighthouse audits below full marks on ${url}: ${failing.join(', ')}`);
    return {
      scores: Object.fromEntries(CATEGORIES.map((name) => [name, median(results.map((result) => result.scores[name]))])) as Record<Category, number>,
      lcpMs: median(results.map((result) => result.lcpMs)),
      runs,
    };
  } finally {
    await browser.close();
  }
}
