import { describe, expect, test } from 'vitest';
import { articlePath, joinBase, questionAddress, sharePageAddress, sharePagePath, sharePageRelativePath, socialImagePath } from '@/shared/paths';
import { withoutHighlight } from '@/search/client/highlight-param';

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

describe('share pages and social images', () => {
  test('a question’s share page lives under its article, at /q/<anchor>/', () => {
    expect(sharePagePath('what-is-isis-k', 'background')).toBe('articles/what-is-isis-k/q/background/');
    expect(articlePath('a') + sharePageRelativePath('threat')).toBe(sharePagePath('a', 'threat'));
  });

  test('the share page’s address comes from the article’s, under its base path, without query or fragment', () => {
    expect(sharePageAddress('https://example.org/isk/articles/a/?highlight=kabul#threat', 'background')).toBe(
      'https://example.org/isk/articles/a/q/background/',
    );
  });

  test('an article’s image and each question’s are apart', () => {
    expect(socialImagePath('a')).toBe('og/a.png');
    expect(socialImagePath('a', 'background')).toBe('og/a/background.png');
  });
});

describe('withoutHighlight', () => {
  test('removes only the highlight parameter and keeps the fragment', () => {
    expect(withoutHighlight('https://example.org/a/?highlight=nangarhar&x=1#background')).toBe('https://example.org/a/?x=1#background');
  });
});
