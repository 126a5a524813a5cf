import { describe, expect, test } from 'vitest';
import { keyDateSchema, nameSchema } from '@/reader-aids/schema';

const nangarhar = { id: 'nangarhar', name: 'Nangarhar', kind: 'place', inText: ['Nangarhar'] };
const founded = { id: 'founded', article: 'what-is-isis-k', when: 'January 2015', datetime: '2015-01', event: 'Founded', phrase: 'January 2015' };

/** The dotted path of each field the schema refuses. */
const refusedFields = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('nameSchema', () => {
  test('accepts a name with its forms, and gives it no aliases when it lists none', () => {
    expect(nameSchema.parse(nangarhar).aliases).toEqual([]);
  });

  test.each([
    ['kind', { ...nangarhar, kind: 'city' }],
    ['inText', { ...nangarhar, inText: [] }],
    ['inText.0', { ...nangarhar, inText: ['  '] }],
    ['aliases.1', { ...nangarhar, aliases: ['Ningrahar', ''] }],
    ['name', { ...nangarhar, name: '' }],
  ])('refuses a bad %s, naming the field', (field, entry) => {
    expect(refusedFields(nameSchema.safeParse(entry))).toEqual([field]);
  });
});

describe('keyDateSchema', () => {
  test.each(['2015', '2015-01', '2021-08-26'])('accepts the date %s', (datetime) => {
    expect(keyDateSchema.safeParse({ ...founded, datetime }).success).toBe(true);
  });

  test.each(['January 2015', '15-01', '2015-1'])('refuses the date %s, naming the field', (datetime) => {
    expect(refusedFields(keyDateSchema.safeParse({ ...founded, datetime }))).toEqual(['datetime']);
  });

  test('refuses a date without the phrase that finds it in the text', () => {
    expect(refusedFields(keyDateSchema.safeParse({ ...founded, phrase: undefined }))).toEqual(['phrase']);
  });
});
