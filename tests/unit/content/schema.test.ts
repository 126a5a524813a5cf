import { describe, expect, test } from 'vitest';
import { schemaProblems } from '@/content/problems';
import { articleSchema } from '@/content/schema';
import { PAGE_IDS } from '@/shared/page-ids';

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

/** The fields a parse complains about, as the build names them (`questions[0].anchor`). */
function failingFields(data: unknown): string[] {
  return problems(data).map((problem) => problem.at ?? '');
}

/** What the build reports of this frontmatter: each problem at its field. */
function problems(data: unknown) {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : schemaProblems(result.error.issues);
}

/** The day `days` from today, written as frontmatter writes it. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('articleSchema', () => {
  test('accepts a complete article and reads the date as a date', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.published.toISOString().slice(0, 10)).toBe('2021-08-26');
    expect(parsed.originalUrl).toBeUndefined();
  });

  test.each([
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['no author', { ...valid, authors: [] }, 'authors'],
    ['an author without affiliation', { ...valid, authors: [{ name: 'A' }] }, 'authors[0].affiliation'],
    ['an invalid date', { ...valid, published: 'not a date' }, 'published'],
    ['a licence URL that is not a URL', { ...valid, license: { ...valid.license, url: 'creative commons' } }, 'license.url'],
    ['an original URL that is not a URL', { ...valid, originalUrl: 'somewhere' }, 'originalUrl'],
    ['an anchor with a space', { ...valid, questions: [{ anchor: 'the threat', text: 'Q?' }] }, 'questions[0].anchor'],
    ['an anchor with a #', { ...valid, questions: [{ anchor: '#threat', text: 'Q?' }] }, 'questions[0].anchor'],
    ['no questions', { ...valid, questions: [] }, 'questions'],
    ['a former anchor with a space', { ...valid, questions: [{ anchor: 'threat', text: 'Q?', formerAnchors: ['the threat'] }] }, 'questions[0].formerAnchors[0]'],
  ])('refuses %s, naming the field', (_, data, field) => {
    expect(failingFields(data)).toContain(field);
  });

  test.each([
    ['a missing field', { ...valid, summary: undefined }, { at: 'summary', message: 'is missing' }],
    ['a missing publisher', { ...valid, publisher: undefined }, { at: 'publisher', message: 'is missing' }],
    ['a day that is not in the calendar', { ...valid, published: '2024-02-30' }, { at: 'published', message: 'is not a day of the calendar: check the month and the day' }],
    ['a month that is not in the calendar', { ...valid, published: '2024-13-01' }, { at: 'published', message: 'is not a day of the calendar: check the month and the day' }],
    ['a date written otherwise', { ...valid, published: '26 August 2021' }, { at: 'published', message: 'must be a date written YYYY-MM-DD, e.g. 2021-08-26' }],
    ['a date in the future', { ...valid, published: dayFromToday(2) }, { at: 'published', message: 'is in the future: the date of first publication is one that has passed' }],
  ])('says plainly what is wrong with %s, at its field, without markup', (_, data, problem) => {
    expect(problems(data)).toEqual([problem]);
  });

  test('accepts today and a leap day', () => {
    expect(problems({ ...valid, published: dayFromToday(0) })).toEqual([]);
    expect(articleSchema.parse({ ...valid, published: '2024-02-29' }).published.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  test.each(Object.values(PAGE_IDS))('refuses the anchor %j, which the article’s page uses for a part of its own', (id) => {
    expect(problems({ ...valid, questions: [{ anchor: id, text: 'Q?' }] })).toEqual([
      { at: 'questions[0].anchor', message: expect.stringMatching(/^is an id the article’s page already uses for a part of its own .*: choose another$/) },
    ]);
  });

  test('refuses a former anchor among the page’s ids, and one the page makes for its parts', () => {
    expect(failingFields({ ...valid, questions: [{ anchor: 'threat', text: 'Q?', formerAnchors: ['main'] }] })).toEqual(['questions[0].formerAnchors[0]']);
    expect(failingFields({ ...valid, questions: [{ anchor: 'cite-apa', text: 'Q?' }, { anchor: 'header-search-hint', text: 'R?' }] })).toEqual([
      'questions[0].anchor',
      'questions[1].anchor',
    ]);
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
