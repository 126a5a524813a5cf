import { describe, expect, test } from 'vitest';
import { HITS_SHOWN, PAGES_AT_ONCE, PAGES_SHOWN, PAGES_WHILE_TYPING, rankedHits, rankHits, shownPagesData, subjectCoverage, type PagefindResultData, type SearchHit } from '@/search/client/results';
import { HIGHLIGHT_PARAM } from '@/search/client/highlight-param';
import { pagefindLike } from './pagefind-like';

describe('shownPagesData: which pages’ data a search fetches', () => {
  /** Pagefind's answer of `count` pages, remembering which pages' data were asked for. */
  const answer = (count: number, questionsEach = 0) => {
    const fetched: number[] = [];
    const results = Array.from({ length: count }, (_, page) => ({
      data: async () => {
        fetched.push(page);
        const sub_results = Array.from({ length: questionsEach }, (_, question) => ({ title: `Q${question}`, url: `/${page}/#q${question}`, locations: [] }));
        return { url: `/${page}/`, meta: {}, content: '', locations: [], sub_results } satisfies PagefindResultData;
      },
    }));
    return { found: { results }, fetched };
  };

  test('the first pages only, as many as are shown, best first', async () => {
    const { found, fetched } = answer(PAGES_SHOWN + 4);
    const data = await shownPagesData(found, () => true);
    expect(data.map((page) => page.url)).toEqual(Array.from({ length: PAGES_SHOWN }, (_, page) => `/${page}/`));
    expect(fetched.sort((a, b) => a - b)).toEqual(Array.from({ length: PAGES_SHOWN }, (_, page) => page));
  });

  test('no more pages once those fetched hold enough questions to fill the results', async () => {
    const questionsEach = Math.ceil(HITS_SHOWN / PAGES_AT_ONCE);
    const { found, fetched } = answer(PAGES_SHOWN, questionsEach);
    expect(await shownPagesData(found, () => true)).toHaveLength(PAGES_AT_ONCE);
    expect(fetched.sort((a, b) => a - b)).toEqual(Array.from({ length: PAGES_AT_ONCE }, (_, page) => page));
  });

  test('more pages, best first, while those fetched hold too few questions', async () => {
    const { found } = answer(PAGES_SHOWN + 4, 1);
    const data = await shownPagesData(found, () => true);
    expect(data.map((page) => page.url)).toEqual(Array.from({ length: PAGES_SHOWN }, (_, page) => `/${page}/`));
  });

  test('no further pages for a search that newer typing overtook after its first pages', async () => {
    let calls = 0;
    const { found, fetched } = answer(PAGES_SHOWN, 1);
    expect(await shownPagesData(found, () => calls++ === 0)).toEqual([]);
    expect(fetched).toHaveLength(PAGES_AT_ONCE);
  });

  test('only the best pages while the last word is still being typed, all of them once it is finished', async () => {
    const typing = answer(PAGES_SHOWN + 4);
    const provisional = await shownPagesData(typing.found, () => true, { stillTyping: true });
    expect(provisional.map((page) => page.url)).toEqual(Array.from({ length: PAGES_WHILE_TYPING }, (_, page) => `/${page}/`));
    expect(typing.fetched).toHaveLength(PAGES_WHILE_TYPING);
    const finished = answer(PAGES_SHOWN + 4);
    expect(await shownPagesData(finished.found, () => true, { stillTyping: false })).toHaveLength(PAGES_SHOWN);
  });

  test('every page when there are fewer, and none when nothing was found', async () => {
    const few = answer(2);
    expect(await shownPagesData(few.found, () => true)).toHaveLength(2);
    expect(await shownPagesData(null, () => true)).toEqual([]);
  });

  test('none for a search that newer typing overtook while Pagefind looked', async () => {
    const { found, fetched } = answer(PAGES_SHOWN);
    expect(await shownPagesData(found, () => false)).toEqual([]);
    expect(fetched).toEqual([]);
  });
});

describe('subjectCoverage', () => {
  test('is the share of a heading the query covers, when the query is all in the heading', () => {
    expect(subjectCoverage('aims tactics', 'What are its aims and tactics?')).toBe(1);
    expect(subjectCoverage('IS-K', 'What is IS-K?')).toBe(1);
    expect(subjectCoverage('threats', 'How much of a threat is IS-K in Afghanistan?')).toBeCloseTo(1 / 3);
  });

  test('is 0 when some word of the query is not in the heading, or the query is only filler', () => {
    expect(subjectCoverage('IS-K Nangarhar', 'What is IS-K?')).toBe(0);
    expect(subjectCoverage('what is', 'What is IS-K?')).toBe(0);
  });
});

/** A page like the interview: an intro, then one heading per question. */
const article = { url: '/a/', title: 'The article', content: 'An intro on Kabul. Q1? The (tribal areas), of Kabul. Q2? Areas that are tribal, and Kabul Kabul.' };
const hitsFor = (query: string, options?: Parameters<typeof rankedHits>[2], pages = [article]) => rankHits(rankedHits(pagefindLike(query, ...pages), query, options));
const marked = (hit: SearchHit) => hit.excerpt.filter((part) => part.marked).map((part) => part.text);
const highlighted = (hit: SearchHit) => new URL(hit.url, 'https://site.example/').searchParams.getAll(HIGHLIGHT_PARAM);

describe('rankHits', () => {
  test('puts every question before the top of the page, then the best scored', () => {
    expect(hitsFor('Kabul').map((hit) => hit.title)).toEqual(['Q2?', 'Q1?', 'The article']);
  });

  test('ranks the question holding a quoted phrase in order above scattered words, and marks the phrase within its question', () => {
    const hits = hitsFor('"tribal areas"');
    expect(hits.map((hit) => hit.title)).toEqual(['Q1?', 'Q2?']);
    expect(hits[0]!.excerpt).toEqual([
      { text: 'Q1? The (', marked: false },
      { text: 'tribal areas', marked: true },
      { text: '), of Kabul.', marked: false },
    ]);
    expect(highlighted(hits[0]!)).toEqual(['tribal areas']);
    expect(marked(hits[1]!)).toEqual(['Areas', 'tribal']);
    expect(highlighted(hits[1]!)).toEqual(['Areas', 'tribal']);
  });

  test('puts the question a query is all about first, whatever the scores', () => {
    expect(hitsFor('Q1').map((hit) => hit.title)[0]).toBe('Q1?');
  });

  test('keeps one hit per place, preferring what was found as typed', () => {
    const found = pagefindLike('Kabul', article);
    const hits = rankHits([...rankedHits(found, 'Kabul', { renamed: [{ typed: 'TTP', searched: 'Pakistani Taliban' }] }), ...rankedHits(found, 'Kabul')]);
    expect(hits).toHaveLength(3);
    expect(hits.every((hit) => hit.renamed.length === 0)).toBe(true);
  });

  test('falls back to the page itself when it has no questions, and stops at the limit', () => {
    expect(hitsFor('b', {}, [{ url: '/b/', title: 'B', content: 'a b c' }])).toEqual([
      { title: 'B', pageTitle: 'B', url: '/b/?highlight=b', excerpt: [{ text: 'a ', marked: false }, { text: 'b', marked: true }, { text: ' c', marked: false }], renamed: [] },
    ]);
    const many = { url: '/m/', title: 'M', content: Array.from({ length: 12 }, (_, index) => `Q${index}? x`).join(' ') };
    expect(rankHits(rankedHits(pagefindLike('x', many), 'x'), 5)).toHaveLength(5);
  });

  test('shows the text of a page as text: markup in it is never made into elements', () => {
    const [hit] = hitsFor('onerror', {}, [{ url: '/x/', title: 'X', content: '<img src=x onerror=alert(1)> & more' }]);
    expect(hit!.excerpt.map((part) => part.text).join('')).toBe('<img src=x onerror=alert(1)> & more');
  });
});

describe('what a hit marks', () => {
  const page = {
    url: '/w/',
    title: 'W',
    content:
      'Intro. Q1? The surrender of over 1,400 of its fighters, and 3.5 million more. Q2? The site of al-Qaida’s stronghold on Afghanistan’s border; the US-led coalition (ISIS-K, ISKP) and rank-and-file losses.',
  };
  test.each([
    { typed: '1,400', written: '1,400' },
    { typed: '1400', written: '1,400' },
    { typed: '3.5', written: '3.5' },
    { typed: 'al-Qaida', written: 'al-Qaida’s' },
    { typed: 'Qaida', written: 'al-Qaida’s' },
    { typed: 'US-led', written: 'US-led' },
    { typed: 'Afghanistan’s', written: 'Afghanistan’s' },
    { typed: "afghanistan's", written: 'Afghanistan’s' },
    { typed: 'ISIS-K', written: 'ISIS-K' },
    { typed: 'rank-and-file', written: 'rank-and-file' },
  ])('“$typed” is marked as the text writes it, “$written”, in the excerpt and the address', ({ typed, written }) => {
    const [hit, ...more] = hitsFor(typed, {}, [page]);
    expect(more).toEqual([]);
    expect(marked(hit!)).toEqual([written]);
    expect(highlighted(hit!)).toEqual([written]);
  });

  test('the punctuation around a word stays outside its mark', () => {
    const [hit] = hitsFor('fighters', {}, [page]);
    expect(hit!.excerpt.map((part) => part.text).join('')).toContain('1,400 of its fighters, and');
    expect(marked(hit!)).toEqual(['fighters']);
  });
});

describe('a whole word finds that word', () => {
  const been = { url: '/been/', title: 'Been', content: 'Intro. Q1? We have been tracking the group.' };
  const bees = { url: '/bees/', title: 'Bees', content: 'Intro. Q1? A hive of bees, and one bee alone.' };
  const fighters = { url: '/fighters/', title: 'Fighters', content: 'Intro. Q1? Its fighters, and a fighter plane; fighting on.' };

  test('a word found only through another that begins like its stem is no hit: “bees” never finds “been”', () => {
    const hits = hitsFor('bees', {}, [been, bees]);
    expect(hits.map((hit) => hit.pageTitle)).toEqual(['Bees']);
    expect(marked(hits[0]!)).toEqual(['bees', 'bee']);
  });

  test('a word the reader may still be typing finds the words it begins; once whole, only itself, with other endings', () => {
    expect(hitsFor('bee', {}, [been, bees]).map((hit) => hit.pageTitle).sort()).toEqual(['Been', 'Bees']);
    const whole = hitsFor('bee', { isWhole: (key) => key === 'bee' }, [been, bees]);
    expect(whole.map((hit) => hit.pageTitle)).toEqual(['Bees']);
    expect(highlighted(whole[0]!)).toEqual(['bees', 'bee']);
  });

  test('stems and plurals of the same word still match: “fighter” finds “fighters”, “fight” finds “fighting”', () => {
    const isWhole = () => true;
    expect(marked(hitsFor('fighter', { isWhole }, [fighters])[0]!)).toEqual(['fighters', 'fighter']);
    expect(marked(hitsFor('fight', { isWhole }, [fighters])[0]!)).toEqual(['fighters', 'fighter', 'fighting']);
  });

  test('a page that has every word but one only as the start of others is no hit', () => {
    expect(hitsFor('group bees', { isWhole: () => true }, [been])).toEqual([]);
  });
});
