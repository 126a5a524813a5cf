/**
 * The tables of queries (misspellings, other names, hostile input) through the site's own search
 * over the index and lexicon in dist/, row by row, without a browser: what the reader's page is
 * handed to show. The browser tests run a few rows of each table through the page itself, for
 * what only the page does with it (the correction line, the address, the quoting, the layout).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchHit } from '@/search/client/results';
import { keysOf } from '@/search/client/words';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { HOSTILE_QUERIES } from '../hostile-queries';
import { ALIASES, MARKED_WORDS, MISSPELLINGS } from '../search-table';
import { builtSearch, type BuiltSearch } from '../support/built-search';
import { readArticleTexts, readNames } from '../support/content';
import { distDir } from './dist';

const sections = readArticleTexts().flatMap((article) => article.sections);
const names = readNames();

/** Whether a text has the words of `phrase` one after another, as search reads words. */
const uses = (text: string, phrase: string) => ` ${keysOf(text).join(' ')} `.includes(` ${keysOf(phrase).join(' ')} `);

/** Where a result leads, read as the page reads its address (relative to the search page). */
const SEARCH_PAGE = 'https://reader.example/search/';
const target = (hit: SearchHit) => new URL(hit.url, SEARCH_PAGE);
/** The question each result leads to, in order ('' for the top of a page). */
const anchors = (hits: SearchHit[]) => hits.map((hit) => target(hit).hash.slice(1));
const markedIn = (hit: SearchHit) => hit.excerpt.filter((part) => part.marked).map((part) => part.text);

let search: BuiltSearch;
/** The outcome for a query that is not blank. */
const outcomeOf = async (query: string, settings?: { asTyped?: boolean }) => {
  const outcome = await search(query, settings);
  if (!outcome) throw new Error(`no search for “${query}”`);
  return outcome;
};

beforeAll(async () => {
  search = await builtSearch(distDir);
});

describe('a misspelt word shows the results for the word meant', () => {
  test.each(MISSPELLINGS)('“$typed” → “$meant”, first at #$question, the word meant marked', async ({ typed, meant, question }) => {
    const outcome = await outcomeOf(typed);
    expect(outcome.correction).toEqual({ typed, corrected: meant });
    expect(outcome.searched).toBe(meant);
    const [first] = outcome.hits;
    expect(anchors(outcome.hits)[0]).toBe(question);
    expect(target(first!).pathname).toBe(`/${ARTICLE_PATH}`);
    expect(markedIn(first!)[0]).toMatch(new RegExp(meant, 'i'));
  });

  test('searched as typed (“search instead”), it finds nothing and is not corrected', async () => {
    const { typed } = MISSPELLINGS[0]!;
    expect(await outcomeOf(typed, { asTyped: true })).toEqual({ hits: [], searched: typed, correction: null, suggestions: [] });
  });
});

describe('another name finds the passages using the name the text uses, and says which', () => {
  test.each(ALIASES)('“$typed”, first at #$question', async ({ typed, name, question }) => {
    const forms = names.find((entry) => entry.id === name)!.data.inText;
    const outcome = await outcomeOf(typed);
    expect(outcome.correction).toBeNull();
    expect(anchors(outcome.hits)[0]).toBe(question);
    const [renamed, ...more] = outcome.hits[0]!.renamed;
    expect(more, 'one name said').toEqual([]);
    expect(renamed?.typed).toBe(typed);
    expect(forms).toContain(renamed?.searched);
  });
});

describe('a result marks the words it found as the text writes them', () => {
  test.each(MARKED_WORDS)('“$typed” → “$written” at #$question, in the excerpt and the address', async ({ typed, written, question }) => {
    const { hits } = await outcomeOf(typed);
    const hit = hits.find((candidate) => target(candidate).hash === `#${question}`);
    expect(hit, `a result at #${question}`).toBeDefined();
    expect(markedIn(hit!)).toContain(written);
    expect(target(hit!).searchParams.getAll('highlight')).toContain(written);
  });

  test('every mark is a whole word or phrase, punctuation left outside', async () => {
    for (const { typed } of MARKED_WORDS) {
      for (const hit of (await outcomeOf(typed)).hits) for (const mark of markedIn(hit)) expect(mark, `a mark for “${typed}”`).toMatch(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su);
    }
  });
});

describe('a whole word finds that word', () => {
  test('a word the article never uses finds nothing through one that begins like it: “bees” not “been”', async () => {
    expect(sections.some((section) => uses(section.text, 'been')) && !sections.some((section) => uses(section.text, 'bees'))).toBe(true);
    expect((await outcomeOf('bees')).hits).toEqual([]);
  });

  test('a whole word the article uses finds its plural and only words that are it: “fighter” marks “fighters”', async () => {
    const { hits } = await outcomeOf('fighter');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(markedIn(hit).every((mark) => /^fighters?$/i.test(mark)), markedIn(hit).join(', ')).toBe(true);
  });

  test('a whole word does not find longer words it begins: “Afghan” marks no “Afghanistan”', async () => {
    const { hits } = await outcomeOf('Afghan');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.flatMap(markedIn).filter((mark) => /afghanistan/i.test(mark))).toEqual([]);
  });
});

describe('ranking', () => {
  test('when several words are as close, each is offered, each in the article, and searching one leads to an answer using it', async () => {
    const outcome = await outcomeOf('rivel');
    expect(outcome).toMatchObject({ hits: [], searched: 'rivel', correction: null });
    expect(outcome.suggestions.length).toBeGreaterThan(1);
    for (const word of outcome.suggestions) expect(sections.some((section) => uses(section.text, word)), `“${word}” is in the article`).toBe(true);

    const chosen = outcome.suggestions.at(-1)!;
    const expected = sections.filter((section) => section.anchor && uses(section.text, chosen)).map((section) => section.anchor);
    expect(expected).toContain(anchors((await outcomeOf(chosen)).hits)[0]);
  });

  test('a quoted phrase ranks the answers holding it in order above those with its words scattered, and marks it whole', async () => {
    const phrase = 'tribal areas';
    const holding = sections.filter((section) => section.anchor && uses(section.text, phrase)).map((section) => section.anchor);
    const scattered = sections.filter((section) => section.anchor && !uses(section.text, phrase) && /areas|tribal/i.test(section.text));
    expect(holding.length, 'the content still has the phrase and its words apart').toBeGreaterThan(0);
    expect(scattered.length).toBeGreaterThan(0);

    const { hits } = await outcomeOf(`"${phrase}"`);
    expect(anchors(hits).slice(0, holding.length).sort()).toEqual([...holding].sort());
    expect(hits.length, 'scattered words still found, below').toBeGreaterThan(holding.length);
    expect(markedIn(hits[0]!)).toEqual([phrase]);
  });

  test.each([
    { query: 'aims tactics', anchor: 'aims-and-tactics' },
    { query: 'IS-K', anchor: 'what-is-is-k' },
    { query: 'relationship Taliban', anchor: 'relationship-with-the-taliban' },
    { query: 'threat', anchor: 'threat' },
  ])('“$query”, the subject of one question, ranks #$anchor first', async ({ query, anchor }) => {
    const heading = QUESTIONS.find((question) => question.anchor === anchor)!.text;
    expect(keysOf(query).every((key) => keysOf(heading).some((word) => word.startsWith(key)))).toBe(true);
    expect(anchors((await outcomeOf(query)).hits)[0]).toBe(anchor);
  });

  test('a word used in the introduction and in an answer leads first to the answer', async () => {
    const word = 'Kabul';
    const [intro, ...questions] = sections;
    expect(uses(intro!.text, word) && questions.some((section) => uses(section.text, word))).toBe(true);
    expect(anchors((await outcomeOf(word)).hits)[0]).not.toBe('');
  });
});

describe('a hostile query', () => {
  // The address carries text as UTF-8, which cannot hold an unpaired surrogate: it arrives as U+FFFD.
  const asReceived = HOSTILE_QUERIES.flatMap(({ name, query }) => [
    { name, query },
    ...(query.toWellFormed() === query ? [] : [{ name: `${name}, as it arrives through the address`, query: query.toWellFormed() }]),
  ]);

  test.each(asReceived)('with $name is searched, or shown nothing when blank, leads only into the site, and is shown back word for word when nothing matches', async ({ query }) => {
    const outcome = await search(query);
    if (query.trim() === '') {
      expect(outcome).toBeNull();
      return;
    }
    expect(outcome).not.toBeNull();
    for (const hit of outcome!.hits) {
      expect(hit.url, 'a result’s address is a path on this site').toMatch(/^\/(?!\/)/);
      expect(target(hit).origin).toBe(new URL(SEARCH_PAGE).origin);
    }
    // "No answer mentions “…”" quotes what was searched; a correction line also offers the query as typed.
    if (outcome!.hits.length === 0) expect([outcome!.searched, outcome!.correction?.typed]).toContain(query.trim());
  });

  test('leaves the search working: a real word still leads to its answer, highlighted', async () => {
    for (const { query } of HOSTILE_QUERIES) await search(query);
    const [first] = (await outcomeOf('Nangarhar')).hits;
    expect(target(first!).hash).toBe('#background');
    expect(target(first!).searchParams.getAll('highlight')).toEqual(['Nangarhar']);
  });
});
