import { describe, expect, test } from 'vitest';
import { nameVariants } from '@/search/client/name-variants';
import { buildLexicon } from '@/search/lexicon';
import { keysOf } from '@/search/client/words';
import { checkSpelling, Vocabulary } from '@/search/client/spelling';
import { ALIASES, MISSPELLINGS } from '../../search-table';
import { readArticleTexts, readNames } from '../../support/content';

const sections = readArticleTexts().flatMap((article) => article.sections);
const names = readNames();
const lexicon = buildLexicon(
  sections.map((section) => section.text),
  names.map((entry) => entry.data),
);
const vocabulary = new Vocabulary(lexicon.words);

/** Whether a section's text has the words of `form` one after another. */
const uses = (text: string, form: string) => ` ${keysOf(text).join(' ')} `.includes(` ${keysOf(form).join(' ')} `);
const sectionOf = (anchor: string) => sections.find((section) => section.anchor === anchor)!;

test('the table is as long as promised', () => {
  expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(30);
  expect(ALIASES.length).toBeGreaterThanOrEqual(15);
});

describe.each(MISSPELLINGS)('“$typed”', ({ typed, meant, question }) => {
  test(`is corrected to “${meant}” at once`, () => {
    expect(checkSpelling(typed, vocabulary)).toEqual({ corrected: meant, suggestions: [] });
  });

  test(`whose one answer is #${question}`, () => {
    const using = sections.filter((section) => uses(section.text, meant));
    expect(using.map((section) => section.anchor)).toEqual([question]);
  });
});

describe.each(ALIASES)('“$typed”', ({ typed, name, question }) => {
  const entry = names.find((candidate) => candidate.id === name)!;

  test(`is a name readers use for ${name}, not the text's`, () => {
    expect(entry.data.aliases).toContain(typed);
    expect(sections.some((section) => uses(section.text, typed))).toBe(false);
  });

  test('is searched under every form the text uses, each saying which name it stands for', () => {
    const variants = nameVariants(typed, lexicon.names);
    const searched = variants.map((variant) => variant.renamed.map((renamed) => renamed.searched));
    expect(searched.flat().sort()).toEqual([...entry.data.inText].sort());
    for (const variant of variants) expect(variant.renamed).toEqual([{ typed, searched: variant.renamed[0]!.searched }]);
  });

  test(`leads to #${question}, which uses one of those forms`, () => {
    expect(entry.data.inText.some((form) => uses(sectionOf(question).text, form))).toBe(true);
  });
});
