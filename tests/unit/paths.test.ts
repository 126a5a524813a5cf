import { describe, expect, test } from 'vitest';
import { articlePath, joinBase, questionAddress } from '../../src/lib/paths';
import { withoutHighlight } from '../../src/lib/highlight';

describe('joinBase', () => {
  test.each([
    ['/', 'search/', '/search/'],
    ['/isk/', 'search/', '/isk/search/'],
    ['/isk', 'search/', '/isk/search/'],
    ['/isk/', '/pagefind/pagefind.js', '/isk/pagefind/pagefind.js'],
    ['/isk/', '', '/isk/'],
  ])('joins %s and %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

test('an article lives under /articles/<id>/', () => {
  expect(articlePath('what-is-isis-k')).toBe('articles/what-is-isis-k/');
});

describe('questionAddress', () => {
  test('drops the query and any other fragment', () => {
    expect(questionAddress('https://example.org/isk/articles/a/?highlight=kabul#threat', 'background')).toBe(
      'https://example.org/isk/articles/a/#background',
    );
  });
});

describe('withoutHighlight', () => {
  test('removes only the highlight parameter and keeps the fragment', () => {
    expect(withoutHighlight('https://example.org/a/?highlight=nangarhar&x=1#background')).toBe('https://example.org/a/?x=1#background');
  });
});
