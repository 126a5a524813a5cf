import { expect, type Locator, type Page } from '@playwright/test';

/** A passage of an answer, as the reader selects it: the question, and the words (as the article has them). */
export interface Passage {
  anchor: string;
  /** Where the selection begins and ends; the same paragraph when `to` is left out. */
  from: string;
  to?: string;
}

/** A phrase the interview uses in several answers: here, its last use, in the “threat” answer. */
export const REPEATED: Passage = { anchor: 'threat', from: 'the Afghan Taliban' };

/**
 * Selects a passage of one answer, as a reader does with the mouse: from the first letter of
 * `from` to the last of `to` (or of `from`), each found in the text of one paragraph of the
 * question's section, the last use of `from` when it recurs there.
 */
export async function selectPassage(page: Page, { anchor, from, to }: Passage): Promise<void> {
  await page.evaluate(
    ({ anchor, from, to }) => {
      const section = document.getElementById(anchor)!.closest('section')!;
      const texts = [...section.querySelectorAll('p')].flatMap((paragraph) => [...paragraph.childNodes].filter((node): node is Text => node instanceof Text));
      const last = (phrase: string) => texts.findLast((node) => node.data.includes(phrase));
      const start = last(from);
      const end = to === undefined ? start : texts.find((node) => node.data.includes(to));
      if (!start || !end) throw new Error(`“${from}” … “${to}” is not in #${anchor}`);
      const startAt = start.data.lastIndexOf(from);
      const endAt = to === undefined ? startAt + from.length : end.data.indexOf(to) + to.length;
      getSelection()!.setBaseAndExtent(start, startAt, end, endAt);
    },
    { anchor, from, to },
  );
}

/** The quote toolbar, and its buttons by what they say. */
export function quoteTools(page: Page): { toolbar: Locator; link: Locator; cite: Locator; status: Locator } {
  const toolbar = page.getByRole('group', { name: 'Selected quote' });
  return {
    toolbar,
    link: toolbar.locator('button[data-quote-action="link"]'),
    cite: toolbar.locator('button[data-quote-action="cite"]'),
    status: toolbar.getByRole('status'),
  };
}

/** Selects a passage and copies the link the toolbar offers for it. */
export async function copiedQuoteLink(page: Page, passage: Passage): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await selectPassage(page, passage);
  const { link, status } = quoteTools(page);
  await link.click();
  await expect(status).toHaveText(/link to the quote copied/i);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Whether an element's box lies wholly inside the viewport. */
export function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
  });
}
