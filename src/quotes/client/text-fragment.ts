import { questionAddress } from '@/shared/paths';

/**
 * Text fragments (`#:~:text=…`, the WICG "URL Fragment Text Directive"): building one that leads
 * to exactly the passage a reader selected, reading one back from an address, and finding it in
 * a page's text, for browsers that do not follow them on their own.
 *
 * The page's text is given as one string in which `\n` stands only between blocks (paragraphs,
 * headings): a term of a directive matches inside one block, as the spec asks, while
 * `textStart,textEnd` may span blocks.
 */

/** `text=[prefix-,]textStart[,textEnd][,-suffix]`, each part as plain text. */
export interface TextDirective {
  prefix?: string | undefined;
  textStart: string;
  textEnd?: string | undefined;
  suffix?: string | undefined;
}

/** Where a directive's passage (not its prefix or suffix) lies in a text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

const WORD = String.raw`[\p{L}\p{N}\p{M}]`;
/** An apostrophe between letters is inside a word (group’s), as word breaking treats it. */
const APOSTROPHE = `['’]`;
const WORD_CHAR = new RegExp(`^${WORD}$`, 'u');
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Whether a word could continue across `index` (the gap between `text[index - 1]` and `text[index]`). */
function insideWord(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  if (isWordChar(before) && isWordChar(after)) return true;
  if (isWordChar(before) && after !== undefined && /['’]/.test(after) && isWordChar(text[index + 1])) return true;
  return before !== undefined && /['’]/.test(before) && isWordChar(text[index - 2]) && isWordChar(after);
}

/** Widens a selected span to whole words and trims the white space at its edges: directive terms must start and end at word boundaries. */
export function wholeWords(text: string, { start, end }: TextSpan): TextSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (start > 0 && insideWord(text, start)) start--;
  while (end < text.length && insideWord(text, end)) end++;
  return { start, end };
}

/** Runs of white space as one space: how a directive's terms are written. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Percent-encodes a term. Besides what any URL component needs, the spec reserves `-`, `,` and
 * `&` as the directive's own syntax; `encodeURIComponent` leaves `-` alone, so it is done here.
 */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replaceAll('-', '%2D');
}

/** The directive as it goes after `:~:`, e.g. `text=this%20is-,an%20example,-text%20fragment`. */
export function formatTextDirective({ prefix, textStart, textEnd, suffix }: TextDirective): string {
  const parts = [prefix === undefined ? [] : [`${encodeTerm(prefix)}-`], [encodeTerm(textStart)], textEnd === undefined ? [] : [encodeTerm(textEnd)], suffix === undefined ? [] : [`-${encodeTerm(suffix)}`]];
  return `text=${parts.flat().join(',')}`;
}

/** One `text=` value read back, or undefined where it breaks the grammar (the spec ignores such directives). */
function parseTextDirective(value: string): TextDirective | undefined {
  const parts = value.split(',');
  const prefix = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  const suffix = parts.at(-1)?.startsWith('-') ? parts.pop()!.slice(1) : undefined;
  const terms = [prefix, ...parts, suffix].filter((term) => term !== undefined);
  if (parts.length < 1 || parts.length > 2 || terms.some((term) => term === '' || term.startsWith('-') || term.endsWith('-'))) return undefined;
  try {
    const decode = (term: string | undefined) => (term === undefined ? undefined : decodeURIComponent(term));
    return { prefix: decode(prefix), textStart: decode(parts[0])!, textEnd: decode(parts[1]), suffix: decode(suffix) };
  } catch {
    return undefined;
  }
}

/** The fragment before `:~:` (a question's anchor, or empty) and the text directives after it. */
export function parseFragment(hash: string): { anchor: string; directives: TextDirective[] } {
  const fragment = hash.replace(/^#/, '');
  const at = fragment.indexOf(':~:');
  if (at === -1) return { anchor: fragment, directives: [] };
  const directives = fragment
    .slice(at + 3)
    .split('&')
    .filter((directive) => directive.startsWith('text='))
    .map((directive) => parseTextDirective(directive.slice('text='.length)))
    .filter((directive) => directive !== undefined);
  return { anchor: fragment.slice(0, at), directives };
}

/** A term as a pattern: any case, any run of white space within a block for a space, and word boundaries where it begins or ends with a letter. */
function termPattern(term: string): string {
  const escaped = collapseWhitespace(term)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[^\\S\\n]+');
  const wordStart = isWordChar(term.trim()[0]) ? `(?<!${WORD}|${WORD}${APOSTROPHE})` : '';
  const wordEnd = isWordChar(term.trim().at(-1)) ? `(?!${WORD}|${APOSTROPHE}${WORD})` : '';
  return `${wordStart}${escaped}${wordEnd}`;
}

/** The first passage in `text` the directive leads to, as the spec's search finds it; undefined when there is none. */
export function findTextDirective(text: string, { prefix, textStart, textEnd, suffix }: TextDirective): TextSpan | undefined {
  const pattern =
    (prefix === undefined ? '' : `${termPattern(prefix)}\\s*`) +
    `(${termPattern(textStart)}` +
    (textEnd === undefined ? '' : `[\\s\\S]*?${termPattern(textEnd)}`) +
    ')' +
    (suffix === undefined ? '' : `\\s*${termPattern(suffix)}`);
  const match = new RegExp(pattern, 'iud').exec(text);
  const span = match?.indices?.[1];
  return span ? { start: span[0], end: span[1] } : undefined;
}

/** Up to `count` whole words of one block next to a span (before it, or after it), as they read. */
function nearbyWords(text: string, from: number, direction: 'before' | 'after', count: number): string | undefined {
  const blockEnd = text.indexOf('\n', from);
  const block = direction === 'before' ? text.slice(text.lastIndexOf('\n', from - 1) + 1, from) : text.slice(from, blockEnd === -1 ? undefined : blockEnd);
  const words = block.trim().split(/\s+/).filter(Boolean);
  const taken = direction === 'before' ? words.slice(-count) : words.slice(0, count);
  return taken.length === count ? taken.join(' ') : undefined;
}

/** Quotes longer than this many words are linked by their first and last words (`textStart,textEnd`), keeping the address short. */
const EXACT_MAX_WORDS = 10;
const EDGE_WORDS = [3, 5, 8, Infinity];
const CONTEXT_WORDS = [1, 2, 3, 5, 8];

/**
 * The shortest directive that leads to exactly `span` of `text` and to nothing before it: the
 * quote itself, or its first and last words when it is long or spans blocks, with the words
 * around it added as `prefix-,` and `,-suffix` when the same words occur earlier in the text.
 * `span` should be whole words (see `wholeWords`). Undefined when no directive can single it out.
 */
export function textDirectiveFor(text: string, span: TextSpan): TextDirective | undefined {
  const quote = text.slice(span.start, span.end);
  const words = collapseWhitespace(quote).split(' ');
  const spansBlocks = quote.includes('\n');
  const bodies: TextDirective[] = [];
  if (spansBlocks) {
    const blocks = quote.split('\n').filter((block) => block.trim() !== '');
    const startWords = collapseWhitespace(blocks[0]!).split(' ');
    const endWords = collapseWhitespace(blocks.at(-1)!).split(' ');
    for (const edge of EDGE_WORDS) bodies.push({ textStart: startWords.slice(0, edge).join(' '), textEnd: endWords.slice(-edge).join(' ') });
  } else {
    if (words.length <= EXACT_MAX_WORDS) bodies.push({ textStart: words.join(' ') });
    for (const edge of EDGE_WORDS.filter((edge) => edge * 2 < words.length)) {
      bodies.push({ textStart: words.slice(0, edge).join(' '), textEnd: words.slice(-edge).join(' ') });
    }
    bodies.push({ textStart: words.join(' ') });
  }

  const leadsToSpan = (directive: TextDirective) => {
    const found = findTextDirective(text, directive);
    return found?.start === span.start && found.end === span.end;
  };
  for (const body of bodies) {
    if (leadsToSpan(body)) return body;
    for (const count of CONTEXT_WORDS) {
      const prefix = nearbyWords(text, span.start, 'before', count);
      const suffix = nearbyWords(text, span.end, 'after', count);
      const withContext = [{ ...body, prefix }, { ...body, suffix }, { ...body, prefix, suffix }].filter(
        (directive) => directive.prefix !== undefined || directive.suffix !== undefined,
      );
      const found = withContext.find(leadsToSpan);
      if (found) return found;
    }
  }
  return undefined;
}

/** A question's address that leads to a passage of its answer: `…/article/#question:~:text=…`, so the question stays the target. */
export function quoteAddress(pageUrl: string, anchor: string, directive: TextDirective): string {
  return `${questionAddress(pageUrl, anchor)}:~:${formatTextDirective(directive)}`;
}
