import { expect, test } from 'vitest';
import { site } from '@/config';
import type { ArticleData } from '@/content/schema';
import { questionDescription, shareCard } from '@/social/share-card';

const article = {
  title: 'An interview',
  authors: [
    { name: 'A. Author', affiliation: 'Somewhere' },
    { name: 'B. Author', affiliation: 'Elsewhere' },
  ],
  questions: [{ anchor: 'what-is-it', text: 'What is it?' }],
} as ArticleData;

test('a question’s description is the start of its answer, its paragraphs on one line', () => {
  expect(questionDescription({ answer: 'A group.\n\nIt began in 2015.' })).toBe('A group. It began in 2015.');
});

test('a question’s card shows the question and every author; the article’s shows its title', () => {
  expect(shareCard(article, article.questions[0])).toMatchObject({ headline: 'What is it?', authors: 'A. Author and B. Author' });
  expect(shareCard(article).headline).toBe('An interview');
  expect(shareCard(article).kicker).toBe(site.kicker);
});

test('an article of another kind says so on its cards, its questions’ too', () => {
  const conversation = { ...article, kicker: 'Conversation' };
  expect(shareCard(conversation).kicker).toBe('Conversation');
  expect(shareCard(conversation, conversation.questions[0]).kicker).toBe('A question from the conversation');
});
