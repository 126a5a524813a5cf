import { describe, expect, test } from 'vitest';
import { articleSections } from '@/content/article-sections';
import { readArticles } from '../../support/content';

const questions = [
  { anchor: 'what-is-it', text: 'What is it?' },
  { anchor: 'background', text: 'Can you tell us about the group’s background?' },
];

const body = `import Figure from '../components/Figure.astro';

An *intro* with [a link](https://example.org/).

Its second paragraph.

## What is it?

An answer about **Tora Bora**.

## Can you tell us about the group’s background?

One paragraph.

<Figure caption="A caption" />

Another paragraph.
`;

describe('articleSections', () => {
  test('gives the intro, then each question with its anchor and number, as plain text without markup or components', () => {
    expect(articleSections(body, questions)).toEqual([
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

  test('numbers the questions as the list does, whatever the order of the headings', () => {
    const swapped = '## Can you tell us about the group’s background?\n\nA.\n\n## What is it?\n\nB.\n';
    expect(articleSections(swapped, questions).map((section) => [section.anchor, section.number])).toEqual([
      [null, 0],
      ['background', 2],
      ['what-is-it', 1],
    ]);
  });

  test('refuses a heading that is not a listed question', () => {
    expect(() => articleSections('## Who funds it?\n\nA.\n', questions)).toThrow('"Who funds it?"');
  });

  test.each(readArticles())('splits $id into its intro and every listed question, each with its own words', ({ data, body }) => {
    const sections = articleSections(body, data.questions);
    expect(sections.map((section) => section.anchor)).toEqual([null, ...data.questions.map((question) => question.anchor)]);
    // Every paragraph of the body lands in exactly one section, with nothing left over.
    const paragraphs = body.split(/\n{2,}/).map((paragraph) => paragraph.trim().replace(/^## /, '')).filter(Boolean);
    const texts = sections.flatMap((section) => section.text.split('\n\n'));
    expect(texts).toEqual(paragraphs);
  });
});
