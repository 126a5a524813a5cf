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

export function questionProblems(listed: readonly ListedQuestion[], sections: readonly BodySection[]): string[] {
  const problems: string[] = [];
  const headings = sections.map((section) => section.heading);
  const listedTexts = listed.map((question) => question.text);

  for (const question of listed) {
    if (!headings.includes(question.text)) {
      problems.push(`question "${question.text}" (#${question.anchor}) is listed in the frontmatter but has no "## " heading in the body`);
    }
  }
  for (const heading of headings) {
    if (!listedTexts.includes(heading)) {
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
