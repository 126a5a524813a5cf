import { withHighlight } from './highlight-param';
import { finds, keysOf, phrasesIn, wordKey } from './words';

/** The few parts of Pagefind's result data the site reads. */
export interface PagefindAnchor {
  element: string;
  text: string;
  /** The index of the anchor's first word among the page content's words. */
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** Where its matching words are, as indices among the page content's words. */
  locations: number[];
  anchor?: PagefindAnchor;
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  meta: { title?: string };
  /** The page's indexed text, as plain text, whose whitespace-separated words anchors and locations count. */
  content: string;
  locations: number[];
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

/** What Pagefind's search answers: its results, best first, each page's data fetched on demand. */
export interface PagefindResults {
  results: { data(): Promise<PagefindResultData> }[];
}

/** At most this many hits are shown: more would not be read. */
export const HITS_SHOWN = 8;

/**
 * Shown results come from the best pages only, at most this many, fetched this many at a time:
 * each page's data is a file of its own (its whole text, some 4 KB compressed), and the first few
 * pages' questions are usually enough to fill the results.
 */
export const PAGES_SHOWN = 6;
export const PAGES_AT_ONCE = 3;

/**
 * While the reader is still typing a word, its results last only until the next letter, which
 * mostly ranks other pages first: they come from the best page alone, and the results fill from
 * the others once the word is finished (a space, Enter, or a pause).
 */
export const PAGES_WHILE_TYPING = 1;

/**
 * Shorter queries are not searched: one letter begins a large share of all words, so searching it
 * would fetch that much of the index to show nothing a reader wants.
 */
export const SHORTEST_QUERY = 2;

/** The places a page's data can make hits of: its questions that hold the words, or the page itself. */
const placesIn = (page: PagefindResultData) => Math.max(1, page.sub_results?.length ?? 0);

/**
 * The data of the pages a search shows, best first: a few pages at a time, until their places
 * could fill the results or {@link PAGES_SHOWN} are fetched ({@link PAGES_WHILE_TYPING} while the
 * reader is still typing the last word). A search that newer typing overtook while Pagefind looked
 * (`isCurrent()` false) fetches no more: its results would never be shown.
 */
export async function shownPagesData(found: PagefindResults | null, isCurrent: () => boolean, { stillTyping = false } = {}): Promise<PagefindResultData[]> {
  const candidates = (found?.results ?? []).slice(0, stillTyping ? PAGES_WHILE_TYPING : PAGES_SHOWN);
  const pages: PagefindResultData[] = [];
  while (pages.length < candidates.length && pages.reduce((sum, page) => sum + placesIn(page), 0) < HITS_SHOWN) {
    if (!isCurrent()) return [];
    pages.push(...(await Promise.all(candidates.slice(pages.length, pages.length + PAGES_AT_ONCE).map((result) => result.data()))));
  }
  return pages;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A name searched under another of its forms than the reader typed, which the hit says. */
export interface Renamed {
  typed: string;
  searched: string;
}

export interface SearchHit {
  /** The question (or page) the reader lands on. */
  title: string;
  /** The page the hit belongs to, shown when it differs from the title. */
  pageTitle: string;
  url: string;
  excerpt: ExcerptPart[];
  /** The names this hit was found under instead of the ones typed; empty when found as typed. */
  renamed: Renamed[];
}

/** A hit with what ranks it. */
export interface RankedHit extends SearchHit {
  /** Pagefind's weighting of the words where they occur: headings count most. */
  score: number;
  /** Whether the hit is a question (a heading's anchor) rather than the top of a page. */
  question: boolean;
  /** Whether every quoted phrase of the query occurs in this question in order. */
  phrase: boolean;
  /** How much of the question's heading the query covers, 0 unless the query is all about it. */
  subject: number;
}

/** Words that say nothing of what a question is about: "What is …", "How much of …", "Can you tell us …". */
const FILLER = new Set(
  'a about an and are as can do does for has have how in is it its little more much of on or tell the to us what which who why with you'.split(' '),
);

/**
 * How much a query is about one question: the share of the heading's words it covers, when every
 * word of the query is in the heading; otherwise 0. "aims tactics" covers all of "What are its
 * aims and tactics?"; "IS-K" covers all of "What is IS-K?" but a fifth of the question on its threat.
 */
export function subjectCoverage(query: string, heading: string): number {
  const wanted = keysOf(query).filter((key) => !FILLER.has(key));
  const headingWords = keysOf(heading).filter((key) => !FILLER.has(key));
  if (wanted.length === 0 || headingWords.length === 0) return 0;
  if (!wanted.every((key) => headingWords.some((word) => finds(key, word)))) return 0;
  return headingWords.filter((word) => wanted.some((key) => finds(key, word))).length / headingWords.length;
}

const score = (sub: PagefindSubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

interface PageWord {
  /** The word as the content writes it, punctuation and all ("(tribal"). */
  text: string;
  key: string;
  /** Its index among the content's words, which is how Pagefind counts locations. */
  index: number;
}

/** Words of the page to mark as one, from `start` up to `end`: a word found, or a phrase. */
type Run = [start: number, end: number];

/** Where a sub-result's question runs, in words of the page: from its heading to the next heading, or the top of the page to the first. */
function spanOf(page: PagefindResultData, sub: PagefindSubResult): Run {
  const start = sub.anchor?.location ?? 0;
  const headings = (page.anchors ?? []).filter((anchor) => /^h[1-6]$/.test(anchor.element)).map((anchor) => anchor.location);
  const end = Math.min(...headings.filter((location) => location > start));
  return [start, end];
}

/** Every place in `[from, to)` where the phrase's words follow one another; the last word may be a beginning, unless it is whole. */
function findPhrase(words: readonly PageWord[], phrase: readonly string[], [from, to]: Run, lastIsWhole: boolean): Run[] {
  const found: Run[] = [];
  for (let at = words.findIndex((word) => word.index >= from); at >= 0 && at + phrase.length <= words.length; at++) {
    const last = words[at + phrase.length - 1]!;
    if (last.index >= to) break;
    const same = phrase.every((key, offset) => {
      const word = words[at + offset]!;
      return offset === phrase.length - 1 ? finds(key, word.text, lastIsWhole) : word.key === key;
    });
    if (!same) continue;
    found.push([words[at]!.index, last.index + 1]);
    at += phrase.length - 1;
  }
  return found;
}

/** A run of the content's words as the page shows them, without the punctuation stuck to its ends ("(tribal areas)," is "(", "tribal areas", "),"). */
function written(contentWords: readonly string[], [start, end]: Run): { before: string; words: string; after: string } {
  const [, before = '', words = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(contentWords.slice(start, end).join(' ')) ?? [];
  return { before, words, after };
}

/** Words in an excerpt, as many as Pagefind's own hold, and at most how many of them come before its first mark. */
const EXCERPT_WORDS = 24;
const CONTEXT_BEFORE = 10;

/**
 * The excerpt of a question around what was found in it: the stretch of its words that holds the
 * most runs to mark, each marked as the text writes it, its punctuation left outside the mark.
 */
function excerptOf(contentWords: readonly string[], runs: readonly Run[], [from, to]: Run): ExcerptPart[] {
  const within = (start: number) => runs.filter((run) => run[0] >= start && run[1] <= start + EXCERPT_WORDS).length;
  const start = runs
    .map(([at]) => Math.max(from, at - CONTEXT_BEFORE))
    .reduce((best, candidate) => (within(candidate) > within(best) ? candidate : best));
  const end = Math.min(to, contentWords.length, Math.max(start + EXCERPT_WORDS, runs.find((run) => run[0] >= start)![1]));
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (text === '') return;
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (let at = start; at < end; ) {
    const space = at > start ? ' ' : '';
    const run = runs.find(([runStart]) => runStart === at);
    if (run) {
      const { before, words, after } = written(contentWords, run);
      add(space + before, false);
      add(words, true);
      add(after, false);
      at = run[1];
    } else {
      add(space + contentWords[at]!, false);
      at += 1;
    }
  }
  return parts;
}

export interface HitOptions {
  /** The names the query searched under forms the reader did not type. */
  renamed?: Renamed[];
  /**
   * Whether a word of the query is whole: found as itself and with other endings, but not as the
   * start of longer words ("bees" not finding "been"). By default none is, as in Pagefind.
   */
  isWhole?: (key: string) => boolean;
}

/**
 * One hit per question that matches in Pagefind's results for `query`, with what ranks it: its
 * score, whether it holds the query's quoted phrases in order, and how far the query is its subject.
 * Only the words that are the query's own count (a whole word's, not others that begin like it):
 * the excerpt marks them, and the hit's address carries them as the text writes them ("1,400",
 * "al-Qaida’s", a quoted phrase whole) for the page to mark on arrival. A question or page found
 * only through other words is no hit.
 */
export function rankedHits(results: readonly PagefindResultData[], query: string, { renamed = [], isWhole = () => false }: HitOptions = {}): RankedHit[] {
  const phrases = phrasesIn(query);
  const terms = [...new Set(keysOf(query))].map((key) => ({ key, whole: isWhole(key) }));
  const answers = (word: string, among = terms) => among.some((term) => finds(term.key, word, term.whole));
  return results.flatMap((page) => {
    const contentWords = page.content.split(/\s+/);
    if (!terms.every((term) => page.locations.some((at) => finds(term.key, contentWords[at] ?? '', term.whole)))) return [];
    const pageTitle = page.meta.title ?? page.url;
    const words = contentWords.map((text, index) => ({ text, key: wordKey(text), index })).filter((word) => word.key !== '');
    const subs = page.sub_results?.length ? page.sub_results : [{ title: pageTitle, url: page.url, locations: page.locations }];
    return subs.flatMap((sub): RankedHit[] => {
      const span = spanOf(page, sub);
      const places = phrases.map((phrase) => findPhrase(words, phrase, span, isWhole(phrase.at(-1)!)));
      const phrase = phrases.length > 0 && places.every((found) => found.length > 0);
      // In a question holding the phrases, their words count only as the phrases; elsewhere, one by one.
      const phraseRuns = phrase ? places.flat() : [];
      const loose = phrase ? terms.filter((term) => !phrases.some((keys) => keys.includes(term.key))) : terms;
      const inPhrase = (at: number) => phraseRuns.some(([start, end]) => at >= start && at < end);
      const wordRuns = sub.locations.filter((at) => !inPhrase(at) && answers(contentWords[at] ?? '', loose)).map((at): Run => [at, at + 1]);
      const runs = [...phraseRuns, ...wordRuns].sort((a, b) => a[0] - b[0]);
      if (runs.length === 0) return [];
      const marks = [...new Set(runs.map((run) => written(contentWords, run).words))];
      return [
        {
          title: sub.title,
          pageTitle,
          url: withHighlight(sub.url, marks),
          excerpt: excerptOf(contentWords, runs, span),
          renamed,
          score: score(sub),
          question: sub.anchor !== undefined,
          phrase,
          subject: sub.anchor ? subjectCoverage(query, sub.anchor.text) : 0,
        },
      ];
    });
  });
}

/** A hit's place on the site, whatever highlight words its address carries. */
const placeOf = (url: string) => url.replace(/\?[^#]*/, '');

/** Of two finds of one place, the one found as typed, else the better scored; what ranks it is the best of both. */
function merge(known: RankedHit, other: RankedHit): RankedHit {
  const asTyped = (hit: RankedHit) => hit.renamed.length === 0;
  const kept = asTyped(known) !== asTyped(other) ? (asTyped(known) ? known : other) : other.score > known.score ? other : known;
  return {
    ...kept,
    score: Math.max(known.score, other.score),
    phrase: known.phrase || other.phrase,
    subject: Math.max(known.subject, other.subject),
  };
}

/**
 * Orders the hits of every search run for one query, one per place, as an interview is read:
 * the question the query is all about first; then questions before the top of a page, so a
 * reader lands on an answer whenever one holds the words; then phrase matches before scattered
 * words; then the answers that give the words most weight.
 */
export function rankHits(found: readonly RankedHit[], limit = HITS_SHOWN): SearchHit[] {
  const byPlace = new Map<string, RankedHit>();
  for (const hit of found) {
    const place = placeOf(hit.url);
    const known = byPlace.get(place);
    byPlace.set(place, known ? merge(known, hit) : hit);
  }
  const hits = [...byPlace.values()];
  const subject = hits
    .filter((hit) => hit.subject > 0)
    .sort((a, b) => b.subject - a.subject || b.score - a.score)[0];
  hits.sort(
    (a, b) =>
      Number(b === subject) - Number(a === subject) ||
      Number(b.question) - Number(a.question) ||
      Number(b.phrase) - Number(a.phrase) ||
      b.score - a.score,
  );
  return hits.slice(0, limit).map(({ title, pageTitle, url, excerpt, renamed }) => ({ title, pageTitle, url, excerpt, renamed }));
}
