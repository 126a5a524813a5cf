import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  findTextDirective,
  formatTextDirective,
  parseFragment,
  quoteAddress,
  textDirectiveFor,
  wholeWords,
  type TextSpan,
} from '@/quotes/client/text-fragment';

// The forms the WICG "URL Fragment Text Directive" explainer gives: text=[prefix-,]textStart[,textEnd][,-suffix].
test('a directive is written in the spec’s documented forms', () => {
  expect(formatTextDirective({ textStart: 'an example text fragment' })).toBe('text=an%20example%20text%20fragment');
  expect(formatTextDirective({ textStart: 'an example', textEnd: 'text fragment' })).toBe('text=an%20example,text%20fragment');
  expect(formatTextDirective({ prefix: 'this is', textStart: 'an example', suffix: 'text fragment' })).toBe(
    'text=this%20is-,an%20example,-text%20fragment',
  );
});

test('the directive’s own syntax characters, - , and &, are percent-encoded inside a term', () => {
  const written = formatTextDirective({ prefix: 'al-Qaeda, and', textStart: 'IS-K & co' });
  expect(written).toBe('text=al%2DQaeda%2C%20and-,IS%2DK%20%26%20co');
  expect(parseFragment(`#q:~:${written}`).directives).toEqual([{ prefix: 'al-Qaeda, and', textStart: 'IS-K & co' }]);
});

test('an address is read back into its anchor and its text directives', () => {
  expect(parseFragment('#background:~:text=this%20is-,an%20example,-text%20fragment')).toEqual({
    anchor: 'background',
    directives: [{ prefix: 'this is', textStart: 'an example', suffix: 'text fragment' }],
  });
  expect(parseFragment('#:~:text=an%20example,text%20fragment&unknown=1&text=second')).toEqual({
    anchor: '',
    directives: [{ textStart: 'an example', textEnd: 'text fragment' }, { textStart: 'second' }],
  });
  expect(parseFragment('#background')).toEqual({ anchor: 'background', directives: [] });
});

test('directives that break the grammar are ignored, as the spec says', () => {
  for (const broken of ['text=', 'text=a,b,c', 'text=-,a', 'text=a%ZZ', 'text=prefix-,-suffix']) {
    expect(parseFragment(`#q:~:${broken}`).directives, broken).toEqual([]);
  }
});

const text = 'This is an example.\nThis is AN   example text fragment of this page.\nThe end of the example.';
const spanOf = (passage: string, from = 0): TextSpan => {
  const start = text.indexOf(passage, from);
  return { start, end: start + passage.length };
};

test('a term matches in any case, across any run of white space, and only as whole words', () => {
  expect(findTextDirective(text, { textStart: 'an example text' })).toEqual(spanOf('AN   example text'));
  expect(findTextDirective(text, { textStart: 'his is' }), 'inside “This”').toBeUndefined();
  expect(findTextDirective(text, { textStart: 'exam' }), 'part of “example”').toBeUndefined();
});

test('one term stays inside a block; textStart,textEnd may span blocks', () => {
  expect(findTextDirective(text, { textStart: 'example. This is' })).toBeUndefined();
  expect(findTextDirective(text, { textStart: 'an example', textEnd: 'AN example' })).toEqual({
    start: spanOf('an example').start,
    end: spanOf('AN   example').end,
  });
});

test('the first passage is found; a prefix or suffix selects a later one, and is not part of it', () => {
  expect(findTextDirective(text, { textStart: 'example' })).toEqual(spanOf('example'));
  expect(findTextDirective(text, { prefix: 'of the', textStart: 'example' })).toEqual(spanOf('example', text.lastIndexOf('the')));
  expect(findTextDirective(text, { textStart: 'this is', suffix: 'an example text' })).toEqual(spanOf('This is AN'.slice(0, 7), 20));
});

test('a selection is widened to whole words, an apostrophe inside a word included', () => {
  const sentence = 'the group’s greatest strengths ';
  expect(wholeWords(sentence, { start: 6, end: 20 })).toEqual({ start: 4, end: 'the group’s greatest'.length });
  expect(wholeWords(sentence, { start: 3, end: sentence.length })).toEqual({ start: 4, end: sentence.trimEnd().length });
});

/** The interview's answers as a page's text: one block to a paragraph. */
const paragraphs = readFileSync(new URL('../../../content/articles/what-is-isis-k.mdx', import.meta.url), 'utf8')
  .split(/^---$/m)[2]!
  .split(/\n\s*\n/)
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('#'));
const page = paragraphs.join('\n');

test('every sentence, and every repeated phrase, of the interview gets a directive that leads to it and nothing before it', () => {
  const passages: TextSpan[] = [];
  for (const match of page.matchAll(/[^.\n]+\./g)) passages.push(wholeWords(page, { start: match.index, end: match.index + match[0].length }));
  // Phrases the interview repeats, as whole words: only a prefix or suffix can tell the later ones apart.
  for (const phrase of ['IS-K', 'the group', 'Afghan Taliban', 'Islamic State']) {
    for (const match of page.matchAll(new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}’])`, 'gu'))) passages.push({ start: match.index, end: match.index + phrase.length });
  }
  expect(passages.length).toBeGreaterThan(60);
  for (const passage of passages) {
    const directive = textDirectiveFor(page, passage);
    expect(directive, page.slice(passage.start, passage.end)).toBeDefined();
    expect(findTextDirective(page, directive!), JSON.stringify(directive)).toEqual(passage);
    // Written and read back, it is the same directive.
    expect(parseFragment(`#q:~:${formatTextDirective(directive!)}`).directives).toEqual([JSON.parse(JSON.stringify(directive))]);
  }
});

test('a long quote is linked by its first and last words, and a quote over two paragraphs always is', () => {
  const long = { start: 0, end: paragraphs[0]!.length };
  const directive = textDirectiveFor(page, long)!;
  expect(directive.textEnd).toBeDefined();
  expect(formatTextDirective(directive).length).toBeLessThan(paragraphs[0]!.length);
  const twoParagraphs = { start: page.indexOf('IS-K was officially'), end: page.indexOf('Global Terrorism Index.') + 'Global Terrorism Index.'.length };
  const across = textDirectiveFor(page, twoParagraphs)!;
  expect(across.textEnd).toBeDefined();
  expect(findTextDirective(page, across)).toEqual(twoParagraphs);
});

test('a quote’s address is the question’s, without any query, with the directive after :~:', () => {
  expect(quoteAddress('https://site.example/isk/articles/a/?highlight=x#other', 'background', { textStart: 'IS-K' })).toBe(
    'https://site.example/isk/articles/a/#background:~:text=IS%2DK',
  );
});
