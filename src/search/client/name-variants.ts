import type { LexiconName } from '@/search/lexicon';
import type { Renamed } from './results';
import { keysOf, wordsIn, type WordAt } from './words';

/** A query to run for the reader's, and the names it put in place of what they typed. */
export interface QueryVariant {
  query: string;
  /** Each name searched under a form the reader did not type, e.g. `{ typed: 'TTP', searched: 'Pakistani Taliban' }`. */
  renamed: Renamed[];
}

interface NameInQuery {
  name: LexiconName;
  /** The words of the query that name it. */
  start: number;
  end: number;
  typed: string;
}

/**
 * How many of the query's words, from `at`, spell `form`: all of the form's, or 0. A form of one
 * or two capitals ("IS") is also a common English word, so it counts only when typed in capitals.
 */
function spells(words: readonly WordAt[], at: number, form: string): number {
  const formWords = wordsIn(form);
  if (formWords.length === 0 || at + formWords.length > words.length) return 0;
  const shortAcronym = formWords.length === 1 && form.length <= 2 && form === form.toUpperCase();
  const same = formWords.every((formWord, offset) => {
    const typed = words[at + offset]!;
    return typed.key === formWord.key && (!shortAcronym || typed.text === form);
  });
  return same ? formWords.length : 0;
}

/** The names in a query, left to right, the longest form winning where forms overlap ("ISIS-K" over "ISIS"). */
function namesIn(query: string, names: readonly LexiconName[]): NameInQuery[] {
  const words = wordsIn(query);
  const found: NameInQuery[] = [];
  for (let at = 0; at < words.length; ) {
    let best: { name: LexiconName; length: number } | undefined;
    for (const name of names) {
      for (const form of [...name.inText, ...name.aliases]) {
        const length = spells(words, at, form);
        if (length > (best?.length ?? 0)) best = { name, length };
      }
    }
    if (!best) {
      at += 1;
      continue;
    }
    const start = words[at]!.start;
    const end = words[at + best.length - 1]!.end;
    found.push({ name: best.name, start, end, typed: query.slice(start, end) });
    at += best.length;
  }
  return found;
}

/** Whether `form` holds the words of `part`, in order and together: "Joe Biden" holds "Biden", and every form holds itself. */
function holds(form: string, part: string): boolean {
  const [formKeys, partKeys] = [keysOf(form), keysOf(part)];
  if (partKeys.length === 0) return false;
  for (let at = 0; at + partKeys.length <= formKeys.length; at += 1) {
    if (partKeys.every((key, offset) => formKeys[at + offset] === key)) return true;
  }
  return false;
}

const sameForm = (a: string, b: string) => keysOf(a).join(' ') === keysOf(b).join(' ');

/** Whether the query has an open quote before `at`. */
const isInsideQuotes = (query: string, at: number) => (query.slice(0, at).match(/["“”]/gu)?.length ?? 0) % 2 === 1;

/** A name of several words is one phrase: "Islamic Movement of Uzbekistan" is not four words scattered over a page. */
const asPhrase = (form: string) => (wordsIn(form).length > 1 ? `"${form}"` : form);

/** At most this many searches for one query: a query naming several groups, each with many forms, stays quick. */
const MAX_VARIANTS = 8;

/**
 * The searches that find every passage about the names a query mentions: the query with each
 * name replaced by each form the articles use for it, as typed first where the text uses that,
 * a name of several words as a phrase. A name the text never uses ("TTP", "Daesh") is found
 * through the forms it does use ("Pakistani Taliban", "Islamic State"); one it uses in several
 * forms ("ISKP") is found under all of them.
 */
export function nameVariants(query: string, names: readonly LexiconName[]): QueryVariant[] {
  let variants: QueryVariant[] = [{ query: '', renamed: [] }];
  let from = 0;
  for (const found of namesIn(query, names)) {
    const before = query.slice(from, found.start);
    const quoted = isInsideQuotes(query, found.start);
    // What the reader typed is searched as typed only if the text uses it, alone or within a longer
    // form ("Biden" in "Joe Biden"); an alias it never uses would find nothing, or worse, its parts.
    // Searched as typed, it finds every passage a longer form holding it would: those are not
    // searched again, which on a large site would fetch another part of the index for nothing.
    const typedInText = found.name.inText.some((form) => holds(form, found.typed));
    const forms = typedInText ? [found.typed, ...found.name.inText.filter((form) => !holds(form, found.typed))] : found.name.inText;
    variants = variants
      .flatMap((variant) =>
        forms.map((form) => ({
          query: variant.query + before + (quoted ? form : asPhrase(form)),
          renamed: sameForm(form, found.typed) ? variant.renamed : [...variant.renamed, { typed: found.typed, searched: form }],
        })),
      )
      .slice(0, MAX_VARIANTS);
    from = found.end;
  }
  return variants.map((variant) => ({ ...variant, query: variant.query + query.slice(from) }));
}
