import { describe, expect, test } from 'vitest';
import { DESCRIPTION_LENGTH, answerStart, trimAtWord } from '@/content/answer-start';

describe('trimAtWord', () => {
  test('leaves text that fits alone', () => {
    expect(trimAtWord('Short enough.', 20)).toBe('Short enough.');
  });

  test('cuts at the last whole word, drops trailing punctuation and ends with an ellipsis', () => {
    expect(trimAtWord('One two, three four', 12)).toBe('One two…');
    expect(trimAtWord('One two, three four', 12).length).toBeLessThanOrEqual(12);
  });

  test('cuts inside a single word too long to fit', () => {
    expect(trimAtWord('Incomprehensibilities', 8)).toBe('Incompr…');
  });
});

describe('answerStart', () => {
  test('keeps as many whole sentences as fit', () => {
    expect(answerStart('First one. Second one. Third one is much longer than the rest.', 24)).toBe('First one. Second one.');
  });

  test('cuts a first sentence that is too long at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end.`;
    const start = answerStart(long);
    expect(start.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(start).toMatch(/^word( word)*…$/);
  });

  test('gives a short answer whole', () => {
    expect(answerStart('Because.')).toBe('Because.');
  });
});
