import { describe, expect, test } from 'vitest';
import { artifactProblems, questionProblems } from '../../src/lib/content-checks';

const listed = [
  { anchor: 'one', text: 'First?' },
  { anchor: 'two', text: 'Second?' },
];

describe('questionProblems', () => {
  test('accepts a body whose questions match the list, in order, each answered', () => {
    expect(
      questionProblems(listed, [
        { heading: 'First?', answer: 'Yes.' },
        { heading: 'Second?', answer: 'No.' },
      ]),
    ).toEqual([]);
  });

  test('names a listed question missing from the body', () => {
    expect(questionProblems(listed, [{ heading: 'First?', answer: 'Yes.' }])).toEqual([
      'question "Second?" (#two) is listed in the frontmatter but has no "## " heading in the body',
    ]);
  });

  test('names a question in the body that is not listed', () => {
    expect(
      questionProblems(listed, [
        { heading: 'First?', answer: 'Yes.' },
        { heading: 'Second?', answer: 'No.' },
        { heading: 'Third?', answer: 'Maybe.' },
      ]),
    ).toEqual(['question "Third?" is in the body but not listed under "questions" in the frontmatter']);
  });

  test('notices questions out of order', () => {
    expect(
      questionProblems(listed, [
        { heading: 'Second?', answer: 'No.' },
        { heading: 'First?', answer: 'Yes.' },
      ]),
    ).toEqual(['the questions in the body are not in the order the frontmatter lists them']);
  });

  test('names an empty answer', () => {
    expect(
      questionProblems(listed, [
        { heading: 'First?', answer: '  \n' },
        { heading: 'Second?', answer: 'No.' },
      ]),
    ).toEqual(['question "First?" has an empty answer']);
  });
});

describe('artifactProblems', () => {
  test.each([
    ['ADVERTISEMENT', 'ADVERTISEMENT'],
    ['Read | Taliban condemn attack at Kabul airport', 'Read | '],
    ['By Amira Jadoon and Andrew Mines for The Conversation', 'byline'],
  ])('refuses the republisher line %j', (paragraph, named) => {
    const problems = artifactProblems(['A real paragraph.', paragraph]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(named);
  });

  test('leaves the article’s own sentences alone, even ones that mention reading or adverts', () => {
    expect(artifactProblems(['Read the report.', 'An ADVERTISEMENT campaign ran.', 'By 2018, it had become one of the top four.'])).toEqual([]);
  });
});
