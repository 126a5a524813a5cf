import { expect, test } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/content/reading-time';

test.each([
  ['', 0],
  ['What is IS-K?', 3],
  ['Can you tell us a little more about the group’s background?', 11],
  ['## Aims — and tactics', 3],
  ['USD 100 million, in 2015.', 5],
])('countWords(%j) is %i', (text, words) => {
  expect(countWords(text)).toBe(words);
});

test('reading time is words over the stated speed, in whole minutes, never zero', () => {
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(WORDS_PER_MINUTE * 7)).toBe(7);
  expect(readingMinutes(Math.round(WORDS_PER_MINUTE * 7.4))).toBe(7);
  expect(readingMinutes(Math.round(WORDS_PER_MINUTE * 7.6))).toBe(8);
});
