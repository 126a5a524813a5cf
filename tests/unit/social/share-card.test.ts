import { expect, test } from 'vitest';
import type { Article } from '@/content/schema';
import { questionShares, shareCard } from '@/social/share-card';

const article = {
  title: 'An interview',
  authors: [
    { name: 'A. Author', affiliation: 'Somewhere' },
    { name: 'B. Author', affiliation: 'Elsewhere' },
  ],
  questions: [{ anchor: 'what-is-it', text: 'What is it?' }],
} as Article;

test('each question’s description is the start of its own answer', () => {
  const shares = questionShares(article, '## What is it?\n\nA group. It began in 2015.\n');
  expect(shares).toEqual([{ question: article.questions[0], description: 'A group. It began in 2015.' }]);
});

test('a question without an answer in the body fails, naming it', () => {
  expect(() => questionShares(article, '## What is it?\n')).toThrow(/"What is it\?" \(#what-is-it\)/);
});

test('a question’s card shows the question and every author; the article’s shows its title', () => {
  expect(shareCard(article, article.questions[0])).toMatchObject({ headline: 'What is it?', authors: 'A. Author and B. Author' });
  expect(shareCard(article).headline).toBe('An interview');
});
