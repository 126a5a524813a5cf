import { describe, expect, test } from 'vitest';
import { articleSchema } from '@/content/schema';

const valid = {
  title: 'A title',
  summary: 'A summary written by the site, long enough to say what the article is about.',
  authors: [{ name: 'Amira Jadoon', affiliation: 'United States Military Academy West Point' }],
  published: '2021-08-26',
  publisher: { name: 'The Conversation', url: 'https://theconversation.com/' },
  license: { name: 'Creative Commons Attribution-NoDerivatives 4.0 International', shortName: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' },
  questions: [
    { anchor: 'background', text: 'Can you tell us a little more about the group’s background?' },
    { anchor: 'threat', text: 'How much of a threat is it?' },
  ],
};

/** The dotted paths of the fields a parse complains about. */
function failingFields(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('articleSchema', () => {
  test('accepts a complete article and reads the date as a date', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.published.toISOString().slice(0, 10)).toBe('2021-08-26');
    expect(parsed.originalUrl).toBeUndefined();
  });

  test.each([
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['no author', { ...valid, authors: [] }, 'authors'],
    ['an author without affiliation', { ...valid, authors: [{ name: 'A' }] }, 'authors.0.affiliation'],
    ['an invalid date', { ...valid, published: 'not a date' }, 'published'],
    ['a licence URL that is not a URL', { ...valid, license: { ...valid.license, url: 'creative commons' } }, 'license.url'],
    ['an original URL that is not a URL', { ...valid, originalUrl: 'somewhere' }, 'originalUrl'],
    ['an anchor with a space', { ...valid, questions: [{ anchor: 'the threat', text: 'Q?' }] }, 'questions.0.anchor'],
    ['an anchor with a #', { ...valid, questions: [{ anchor: '#threat', text: 'Q?' }] }, 'questions.0.anchor'],
    ['no questions', { ...valid, questions: [] }, 'questions'],
    ['a former anchor with a space', { ...valid, questions: [{ anchor: 'threat', text: 'Q?', formerAnchors: ['the threat'] }] }, 'questions.0.formerAnchors.0'],
  ])('refuses %s, naming the field', (_, data, field) => {
    expect(failingFields(data)).toContain(field);
  });

  /** The messages a parse gives about the list of questions. */
  const questionMessages = (questions: { anchor: string; text: string; formerAnchors?: string[] }[]) =>
    articleSchema.safeParse({ ...valid, questions }).error?.issues.map((issue) => issue.message) ?? [];

  test('refuses two questions with one anchor, naming the anchor', () => {
    expect(
      questionMessages([
        { anchor: 'threat', text: 'First?' },
        { anchor: 'threat', text: 'Second?' },
      ]),
    ).toContain('anchor "threat" is used by more than one question');
  });

  test('refuses an anchor that another question’s full-text slug already answers to', () => {
    expect(
      questionMessages([
        { anchor: 'threat', text: 'First?' },
        { anchor: 'first', text: 'Second?' },
      ]),
    ).toContain('anchor "first" is used by more than one question');
  });

  test('refuses a former anchor that another question still uses, naming the anchor', () => {
    expect(
      questionMessages([
        { anchor: 'threat', text: 'First?' },
        { anchor: 'danger', text: 'Second?', formerAnchors: ['threat'] },
      ]),
    ).toContain('anchor "threat" is used by more than one question');
  });

  test('accepts a renamed question that keeps its former anchor', () => {
    expect(questionMessages([{ anchor: 'danger', text: 'First?', formerAnchors: ['threat'] }])).toEqual([]);
  });
});
