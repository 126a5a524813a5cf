import { describe, expect, test } from 'vitest';
import { countWords, WORDS_PER_MINUTE } from '@/content/reading-time';
import { readArticles } from '../../support/content';
import { readBody } from '../../support/read-body';

const questions = [
  { anchor: 'what-is-it', text: 'What is it?' },
  { anchor: 'background', text: 'Can you tell us about the group’s background?' },
];

const body = `An *intro* with [a link](https://example.org/).

Its second paragraph.

## What is it?

An answer about **Tora Bora**.

## Can you tell us about the group’s background?

One paragraph.

![A figure, shown without words](/figure.png)

Another paragraph.
`;

describe('the reading of a body', () => {
  test('gives the intro, then each question with its anchor and number, as plain text without markup or images', () => {
    expect(readBody(body, questions).sections).toEqual([
      { anchor: null, number: 0, question: null, text: 'An intro with a link.\n\nIts second paragraph.', answer: 'An intro with a link.\n\nIts second paragraph.' },
      { anchor: 'what-is-it', number: 1, question: 'What is it?', text: 'What is it?\n\nAn answer about Tora Bora.', answer: 'An answer about Tora Bora.' },
      {
        anchor: 'background',
        number: 2,
        question: 'Can you tell us about the group’s background?',
        text: 'Can you tell us about the group’s background?\n\nOne paragraph.\n\nAnother paragraph.',
        answer: 'One paragraph.\n\nAnother paragraph.',
      },
    ]);
  });

  test('counts the words a reader reads (questions and paragraphs, not the markup or the link’s address) and the minutes they take', () => {
    const reading = readBody(body, questions);
    const read = 'An intro with a link. Its second paragraph. What is it? An answer about Tora Bora. Can you tell us about the group’s background? One paragraph. Another paragraph.';
    expect(reading.words).toBe(countWords(read));
    expect(reading.readingMinutes).toBe(1);
    const long = `## What is it?\n\n${'word '.repeat(WORDS_PER_MINUTE * 3)}\n`;
    expect(readBody(long, questions.slice(0, 1)).readingMinutes).toBe(3);
  });

  test('refuses a heading that is not a listed question, naming the file and the heading', () => {
    expect(() => readBody('## Who funds it?\n\nA.\n', questions, 'content/articles/funding.mdx')).toThrow(
      /^content\/articles\/funding\.mdx:\n.*"Who funds it\?"/s,
    );
  });

  test('names the line of a republisher’s leftover', () => {
    expect(() => readBody('## What is it?\n\nAn answer.\n\nADVERTISEMENT\n', questions.slice(0, 1))).toThrow(
      /line 5: a leftover "ADVERTISEMENT" line/,
    );
  });

  test.each(readArticles())('splits $id into its intro and every listed question, each with its own words', ({ data, body }) => {
    const { sections } = readBody(body, data.questions);
    expect(sections.map((section) => section.anchor)).toEqual([null, ...data.questions.map((question) => question.anchor)]);
    // Every paragraph of the body lands in exactly one section, with nothing left over.
    const paragraphs = body.split(/\n{2,}/).map((paragraph) => paragraph.trim().replace(/^## /, '')).filter(Boolean);
    const texts = sections.flatMap((section) => section.text.split('\n\n'));
    expect(texts).toEqual(paragraphs);
  });
});
