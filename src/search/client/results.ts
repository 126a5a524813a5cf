import { keysOf, phrasesIn, wordKey } from './words';

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
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** The page's indexed text, whose whitespace-separated words anchors and locations count. */
  content?: string;
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is HTML whose only markup is `<mark>`. Splitting it into plain text parts
 * lets the page show the marks with `textContent`, never parsing result text as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** Words that say nothing of what a question is about: "What is …", "How much of …", "Can you tell us …". */
const FILLER = new Set(
  'a about an and are as can do does for has have how in is it its little more much of on or tell the to us what which who why with you'.split(' '),
);

/** Whether a typed word finds a word of the text: as Pagefind does, by its beginning, or with an ending the text lacks. */
const finds = (typed: string, word: string) => word.startsWith(typed) || (typed.startsWith(word) && typed.length - word.length <= 3);

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
  key: string;
  /** Its index among the content's words, which is how Pagefind counts locations. */
  index: number;
}

/** Where a sub-result's question runs, in words of the page: from its heading to the next heading, or the top of the page to the first. */
function spanOf(page: PagefindResultData, sub: PagefindSubResult): [number, number] {
  const start = sub.anchor?.location ?? 0;
  const headings = (page.anchors ?? []).filter((anchor) => /^h[1-6]$/.test(anchor.element)).map((anchor) => anchor.location);
  const end = Math.min(...headings.filter((location) => location > start));
  return [start, end];
}

/** The first place in `[from, to)` where the phrase's words follow one another, as word indices; the last word may be a beginning. */
function findPhrase(words: readonly PageWord[], phrase: readonly string[], from: number, to: number): [number, number] | null {
  for (let at = words.findIndex((word) => word.index >= from); at >= 0 && at + phrase.length <= words.length; at++) {
    if (words[at]!.index >= to) break;
    const same = phrase.every((key, offset) => {
      const word = words[at + offset]!.key;
      return offset === phrase.length - 1 ? finds(key, word) : word === key;
    });
    if (same) return [words[at]!.index, words[at + phrase.length - 1]!.index + 1];
  }
  return null;
}

/** Words shown either side of a phrase in its excerpt, about as many as Pagefind's own excerpts hold. */
const PHRASE_CONTEXT = 10;

/** The phrase with some words either side, all from its own question. */
function phraseExcerpt(contentWords: readonly string[], [start, end]: [number, number], [from, to]: [number, number]): ExcerptPart[] {
  const before = contentWords.slice(Math.max(from, start - PHRASE_CONTEXT), start).join(' ');
  const after = contentWords.slice(end, Math.min(to, end + PHRASE_CONTEXT)).join(' ');
  // Punctuation stuck to the phrase's first or last word ("areas,") is not part of the phrase.
  const [, opening = '', phrase = '', closing = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(contentWords.slice(start, end).join(' ')) ?? [];
  return [
    { text: `${before ? `${before} ` : ''}${opening}`, marked: false },
    { text: phrase, marked: true },
    { text: `${closing}${after ? ` ${after}` : ''}`, marked: false },
  ].filter((part) => part.text !== '');
}

/**
 * One hit per question that matches in Pagefind's results for `query`, with what ranks it: its
 * score, whether it holds the query's quoted phrases in order, and how far the query is its subject.
 * `renamed` says which names this query searched under forms the reader did not type.
 */
export function rankedHits(results: readonly PagefindResultData[], query: string, renamed: Renamed[] = []): RankedHit[] {
  const phrases = phrasesIn(query);
  return results.flatMap((page) => {
    const pageTitle = page.meta.title ?? page.url;
    const contentWords = page.content?.split(/\s+/) ?? [];
    const words = contentWords.map((word, index) => ({ key: wordKey(word), index })).filter((word) => word.key !== '');
    const subs = page.sub_results?.length ? page.sub_results : [{ title: pageTitle, url: page.url, excerpt: page.excerpt }];
    return subs.map((sub) => {
      const span = spanOf(page, sub);
      const places = phrases.map((phrase) => findPhrase(words, phrase, ...span));
      const firstPlace = places[0];
      const phrase = firstPlace != null && places.every((place) => place !== null);
      return {
        title: sub.title,
        pageTitle,
        url: sub.url,
        excerpt: phrase ? phraseExcerpt(contentWords, firstPlace, span) : excerptParts(sub.excerpt),
        renamed,
        score: score(sub),
        question: sub.anchor !== undefined,
        phrase,
        subject: sub.anchor ? subjectCoverage(query, sub.anchor.text) : 0,
      };
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
export function rankHits(found: readonly RankedHit[], limit = 8): SearchHit[] {
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
