/**
 * Checks that the body of an article matches what its frontmatter promises. Each returns
 * readable problems rather than throwing, so one build reports every problem at once.
 */
import type { Question } from './schema';

/** What the checks need of a listed question. */
export type ListedQuestion = Pick<Question, 'anchor' | 'text'>;

export interface BodySection {
  /** The text of the `##` heading. */
  heading: string;
  /** The plain text of everything between this heading and the next. */
  answer: string;
}

/** Lines a republisher's page added to the text: they must never be published as the article. */
const REPUBLISHER_ARTIFACTS: { pattern: RegExp; label: string }[] = [
  { pattern: /^ADVERTISEMENT$/m, label: 'a leftover "ADVERTISEMENT" line' },
  { pattern: /^Read \| /m, label: 'a leftover related-story line starting with "Read | "' },
  { pattern: /^By .+ for The Conversation$/m, label: 'the republisher’s byline line' },
];

/** Typewriter quotes and their typeset forms, which look alike in an editor and differ for the build. */
const QUOTE_FORMS: readonly [typewriter: string, typeset: RegExp][] = [
  ["'", /[‘’]/g],
  ['"', /[“”]/g],
];

const typewriterQuotes = (text: string) => QUOTE_FORMS.reduce((plain, [typewriter, typeset]) => plain.replace(typeset, typewriter), text);

/** Each quote mark as a message names it. */
const QUOTE_NAMES: Readonly<Record<string, string>> = {
  "'": "a straight apostrophe or single quote (')",
  '’': 'a curly apostrophe or single quote (’)',
  '‘': 'a curly opening single quote (‘)',
  '"': 'a straight double quote (")',
  '“': 'a curly opening double quote (“)',
  '”': 'a curly closing double quote (”)',
};

/** Where two texts that differ only in their quotes first differ, for the message. */
function quoteDifference(listedText: string, heading: string): string {
  const [listed, body] = [[...listedText], [...heading]];
  const index = listed.findIndex((character, position) => character !== body[position]);
  return `the frontmatter has ${QUOTE_NAMES[listed[index]!]} where the body’s heading has ${QUOTE_NAMES[body[index]!]}`;
}

export function questionProblems(listed: readonly ListedQuestion[], sections: readonly BodySection[]): string[] {
  const problems: string[] = [];
  const listedTexts = listed.map((question) => question.text);
  const headings = sections.map((section) => section.heading);
  // A listed question that differs from a heading only in its quotes is that heading, mistyped: one message, not two.
  const mistyped = new Map(
    listed.flatMap((question) => {
      const heading = headings.find((text) => text !== question.text && !listedTexts.includes(text) && typewriterQuotes(text) === typewriterQuotes(question.text));
      return heading === undefined ? [] : [[heading, question] as const];
    }),
  );
  for (const [heading, question] of mistyped) {
    problems.push(`question #${question.anchor}: ${quoteDifference(question.text, heading)}; copy the heading into the frontmatter: text: ${heading}`);
  }
  const mistypedTexts = new Set([...mistyped.values()].map((question) => question.text));

  for (const question of listed) {
    if (!headings.includes(question.text) && !mistypedTexts.has(question.text)) {
      problems.push(`question "${question.text}" (#${question.anchor}) is listed in the frontmatter but has no "## " heading in the body`);
    }
  }
  for (const heading of headings) {
    if (!listedTexts.includes(heading) && !mistyped.has(heading)) {
      problems.push(`question "${heading}" is in the body but not listed under "questions" in the frontmatter`);
    }
  }
  if (problems.length === 0 && headings.join('\n') !== listedTexts.join('\n')) {
    problems.push('the questions in the body are not in the order the frontmatter lists them');
  }
  for (const section of sections) {
    if (section.answer.trim() === '') {
      problems.push(`question "${section.heading}" has an empty answer`);
    }
  }
  return problems;
}

export function artifactProblems(paragraphs: readonly string[]): string[] {
  const problems: string[] = [];
  for (const paragraph of paragraphs) {
    for (const { pattern, label } of REPUBLISHER_ARTIFACTS) {
      if (pattern.test(paragraph.trim())) problems.push(`${label}: "${paragraph.trim().slice(0, 80)}"`);
    }
  }
  return problems;
}
