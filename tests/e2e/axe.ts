import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Scans the page, or the part of it `include` selects, with axe in the light and then the dark
 * colour scheme, on one page load: the scheme changes under the page, as when a reader's system
 * switches to dark at dusk, and the stylesheet alone follows it. Each problem found fails softly,
 * named with the elements it was found on, so one run reports every problem in both schemes.
 */
export async function expectNoAxeProblems(page: Page, what: string, include?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    // Axe run whole in the page (its "legacy" mode): the site's pages hold no frames, which is
    // what the default mode is for, and that mode opens a second page to gather its results in.
    const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
    const { violations } = await (include ? builder.include(include) : builder).analyze();
    const report = violations
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n'),
      )
      .join('\n');
    expect.soft(violations.map((violation) => violation.id), `axe found on ${what} (${colorScheme}):\n${report}`).toEqual([]);
  }
}
