import { expect, test } from 'vitest';
import { displayDate, isoDate, joinNames, pageTitle } from '@/shared/format';

test.each([
  [[], ''],
  [['Amira Jadoon'], 'Amira Jadoon'],
  [['Amira Jadoon', 'Andrew Mines'], 'Amira Jadoon and Andrew Mines'],
  [['A', 'B', 'C'], 'A, B and C'],
])('joinNames(%j)', (names, expected) => {
  expect(joinNames(names)).toBe(expected);
});

test('dates read day month year and stay on the day in every time zone', () => {
  const published = new Date('2021-08-26');
  expect(displayDate(published)).toBe('26 August 2021');
  expect(isoDate(published)).toBe('2021-08-26');
});

test('page titles put the page before the site', () => {
  expect(pageTitle('Search', 'Site')).toBe('Search · Site');
  expect(pageTitle(undefined, 'Site')).toBe('Site');
});
