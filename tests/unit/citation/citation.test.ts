import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import type { ArticleData } from '@/content/schema';
import { citationItem, citationStyles, type CitationStyle } from '@/citation/citation';
import { CSL_STYLES } from '@/citation/csl-styles';
import { addStyles, bibtex, formatReference, ris } from '@/citation/formatting';
import { referenceWorkers } from '@/citation/reference-workers';

addStyles(CSL_STYLES);

/** The article as the source's README describes it. */
const article: ArticleData = {
  title:
    'What is ISIS-K? Two terrorism experts on the group behind the deadly Kabul airport attack and its rivalry with the Taliban',
  summary: 'Not part of any reference.',
  authors: [
    { name: 'Amira Jadoon', affiliation: 'United States Military Academy West Point' },
    { name: 'Andrew Mines', affiliation: 'George Washington University (Program on Extremism)' },
  ],
  published: new Date('2021-08-26'),
  publisher: { name: 'The Conversation', url: 'https://theconversation.com/' },
  license: {
    name: 'Creative Commons Attribution-NoDerivatives 4.0 International',
    shortName: 'CC BY-ND 4.0',
    url: 'https://creativecommons.org/licenses/by-nd/4.0/',
  },
  questions: [{ anchor: 'what-is-is-k', text: 'What is IS-K?' }],
};
const pageUrl = 'https://example.org/articles/what-is-isis-k/';
const item = citationItem(article, 'what-is-isis-k', pageUrl);

/** Headline-style capitals (MLA 9 §2.90, Chicago 17 §8.159): prepositions, articles and conjunctions stay lower case. */
const titleInHeadlineStyle =
  'What Is ISIS-K? Two Terrorism Experts on the Group behind the Deadly Kabul Airport Attack and Its Rivalry with the Taliban';

/**
 * Each style's documented form for an article on a news site, worked out by hand from its guide:
 * APA 7 §10.2 (newspaper article: sentence-case title, site in italics, URL);
 * MLA 9 (container in italics, day month-abbreviation year; the publisher is left out when it is the site's own name);
 * Chicago 17 author-date §15.49 (year after the authors, full date after the site);
 * Cite Them Right (Harvard): single quotes, comma outside them, day and month after the site, "Available at:".
 */
const documented: Record<CitationStyle['id'], string> = {
  apa: `Jadoon, A., & Mines, A. (2021, August 26). ${article.title}. The Conversation. ${pageUrl}`,
  mla: `Jadoon, Amira, and Andrew Mines. “${titleInHeadlineStyle}.” The Conversation, 26 Aug. 2021, ${pageUrl}.`,
  chicago: `Jadoon, Amira, and Andrew Mines. 2021. “${titleInHeadlineStyle}.” The Conversation, August 26, 2021. ${pageUrl}.`,
  harvard: `Jadoon, A. and Mines, A. (2021) ‘${article.title}’, The Conversation, 26 August. Available at: ${pageUrl}.`,
};

// The first reference starts the CSL engine, which takes seconds on a busy machine.
describe('references', { timeout: 30_000 }, () => {
  test('are offered in APA, MLA, Chicago and Harvard', () => {
    expect(citationStyles.map((style) => style.id)).toEqual(['apa', 'mla', 'chicago', 'harvard']);
  });

  test.each(citationStyles.map((style) => [style.label, style] as const))('%s reads as its guide documents it', (_, style) => {
    expect(formatReference(item, style).text).toBe(documented[style.id]);
  });

  test.each(citationStyles.map((style) => [style.label, style] as const))('%s puts the site’s name in italics', (_, style) => {
    expect(formatReference(item, style).html).toContain('<i>The Conversation</i>');
  });

  test('while a build renders its pages, its worker thread formats each reference as this thread does', async () => {
    const hooks = referenceWorkers.integration.hooks as Record<string, () => unknown>;
    expect(referenceWorkers.pool(), 'no worker outside a build').toBeUndefined();
    hooks['astro:build:start']!();
    try {
      const workers = referenceWorkers.pool()!;
      const fromWorker = await Promise.all(citationStyles.map((style) => workers.run({ item, style })));
      expect(fromWorker).toEqual(citationStyles.map((style) => formatReference(item, style)));
    } finally {
      await hooks['astro:build:generated']!();
    }
    expect(referenceWorkers.pool(), 'stopped once the pages are written').toBeUndefined();
  });

  // The text is read from the HTML: it must be what Citation.js writes as text, signs and quotes included.
  const awkward = citationItem({ ...article, title: 'Fighters & “rivals”: <who> leads the ‘Khorasan’ Province?' }, 'awkward', pageUrl);
  test.each(citationStyles.map((style) => [style.label, style] as const))('%s text to copy is Citation.js’s own text', (_, style) => {
    const ownText = new Cite(awkward).format('bibliography', { template: style.template, lang: style.lang, format: 'text' }).trim();
    expect(formatReference(awkward, style).text).toBe(ownText);
    expect(formatReference(awkward, style).html).toContain('&#38;');
  });

  test('cite the original’s own address once it is known', () => {
    const original = 'https://theconversation.com/what-is-isis-k-166916';
    const withOriginal = citationItem({ ...article, originalUrl: original }, 'what-is-isis-k', pageUrl);
    expect(formatReference(withOriginal, citationStyles[0]!).text).toBe(documented.apa.replace(pageUrl, original));
  });

  test('refuse an author without a given and a family name', () => {
    expect(() => citationItem({ ...article, authors: [{ name: 'Plato', affiliation: 'Academy' }] }, 'x', pageUrl)).toThrow(/Plato/);
  });
});

/** A BibTeX entry's fields, as BibTeX's own grammar has them: `name = {value}`, or a macro's name such as `aug` unbraced. */
function bibtexFields(entry: string): Record<string, string> {
  return Object.fromEntries([...entry.matchAll(/^\s*(\w+) = (?:\{(.*)\}|(\w+)),?$/gm)].map((match) => [match[1]!, match[2] ?? `macro ${match[3]}`]));
}

test('the BibTeX entry has the authors, title, site, date and address', () => {
  const entry = bibtex(item);
  expect(entry).toMatch(/^@article\{\w+,/);
  const fields = bibtexFields(entry);
  expect(fields['author']).toBe('Jadoon, Amira and Mines, Andrew');
  // BibTeX styles lower-case titles unless words are braced: the proper nouns must be.
  expect(fields['title']?.replace(/[{}]/g, '')).toBe(article.title);
  for (const name of ['ISIS', 'Kabul', 'Taliban']) expect(fields['title']).toContain(`{${name}}`);
  expect(fields['journal']).toBe('The Conversation');
  expect(fields['year']).toBe('2021');
  // BibTeX's month is its own macro, which each style prints its way; biblatex reads the whole date.
  expect(fields['month']).toBe('macro aug');
  expect(fields['date']).toBe('2021-08-26');
  expect(fields['url']).toBe(pageUrl);
});

test('the RIS record has one tag a line: type, each author, title, site, year, full date, address', () => {
  const record = ris(item);
  const lines = record.split('\n');
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  const tags = lines.map((line) => [line.slice(0, 2), line.slice(6)] as const);
  expect(tags[0]).toEqual(['TY', 'NEWS']);
  expect(tags.at(-1)?.[0]).toBe('ER');
  expect(tags.filter(([tag]) => tag === 'AU').map(([, value]) => value)).toEqual(['Jadoon, Amira', 'Mines, Andrew']);
  expect(tags).toContainEqual(['TI', article.title]);
  expect(tags).toContainEqual(['T2', 'The Conversation']);
  expect(tags).toContainEqual(['PY', '2021']);
  expect(tags.filter(([tag]) => tag === 'DA')).toEqual([['DA', '2021/08/26/']]);
  expect(tags).toContainEqual(['UR', pageUrl]);
});
