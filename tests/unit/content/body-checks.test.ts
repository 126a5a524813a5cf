import { describe, expect, test } from 'vitest';
import { artifactProblems, questionProblems } from '@/content/body-checks';

const listed = [
  { anchor: 'one', text: 'First?' },
  { anchor: 'two', text: 'Second?' },
];

/** A body with these `## ` headings, each answered unless its answer is given as blank. */
const body = (...sections: [heading: string, answer?: string][]) =>
  sections.map(([heading, answer = 'An answer.']) => ({ heading, answer }));

describe('questionProblems', () => {
  test.each([
    ['accepts a body whose questions match the list, in order, each answered', body(['First?'], ['Second?']), []],
    [
      'names a listed question missing from the body',
      body(['First?']),
      ['question "Second?" (#two) is listed in the frontmatter but has no "## " heading in the body'],
    ],
    [
      'names a question in the body that is not listed',
      body(['First?'], ['Second?'], ['Third?']),
      ['question "Third?" is in the body but not listed under "questions" in the frontmatter'],
    ],
    [
      'names a straight apostrophe in the frontmatter where the heading has a curly one, once',
      body(['First?'], ['The group’s second?']),
      [
        'question #two: the frontmatter has a straight apostrophe or single quote (\') where the body’s heading has a curly apostrophe or single quote (’); copy the heading into the frontmatter: text: The group’s second?',
      ],
      [listed[0]!, { anchor: 'two', text: "The group's second?" }],
    ],
    [
      'names a curly double quote in the frontmatter where the heading has a straight one',
      body(['First?'], ['The "second"?']),
      ['question #two: the frontmatter has a curly opening double quote (“) where the body’s heading has a straight double quote ("); copy the heading into the frontmatter: text: The "second"?'],
      [listed[0]!, { anchor: 'two', text: 'The “second”?' }],
    ],
    ['notices questions out of order', body(['Second?'], ['First?']), ['the questions in the body are not in the order the frontmatter lists them']],
    ['names an empty answer', body(['First?', '  \n'], ['Second?']), ['question "First?" has an empty answer']],
  ])('%s', (_, sections, problems, questions = listed) => {
    expect(questionProblems(questions, sections)).toEqual(problems);
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
