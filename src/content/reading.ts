import type { Element, ElementContent, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { artifactProblems, questionProblems, type ListedQuestion } from './body-checks';
import type { ContentProblem } from './problems';
import { countWords, readingMinutes } from './reading-time';

/** One part of an interview as plain text, the way a reader sees it: the intro, or one question with its answer. */
export interface Section {
  /** The question's permanent anchor; `null` for the intro, which has none. */
  anchor: string | null;
  /** 1 for the first question; 0 for the intro. */
  number: number;
  /** The question as asked; `null` for the intro. */
  question: string | null;
  /** The heading and every paragraph under it, as plain text, paragraphs separated by blank lines. */
  text: string;
  /** The paragraphs alone, without the heading: the answer, or the intro's own text. */
  answer: string;
}

/**
 * Everything the site needs from an article's body, read once as it is compiled: the intro and
 * each question with its answer as plain text, and its length. It travels with the compiled
 * article (so it must stay plain data), and `articles.ts` hands it to every page.
 */
export interface BodyReading {
  /** The intro first, then the questions in the order the body asks them. */
  sections: Section[];
  words: number;
  readingMinutes: number;
}

/** One question's heading and the nodes of its answer, as the body has them. */
export interface Chapter {
  heading: Element;
  answer: RootContent[];
}

const isElement = (node: RootContent, tagName: string): node is Element => node.type === 'element' && node.tagName === tagName;

/** Splits the top level of the body at each `##` heading: the intro, then one chapter per question. */
export function splitAtQuestions(children: readonly RootContent[]): { intro: RootContent[]; chapters: Chapter[] } {
  const intro: RootContent[] = [];
  const chapters: Chapter[] = [];
  for (const node of children) {
    if (isElement(node, 'h2')) chapters.push({ heading: node, answer: [] });
    else (chapters.at(-1)?.answer ?? intro).push(node);
  }
  return { intro, chapters };
}

/** The blocks' text, one paragraph (or list, or quotation) each, separated by blank lines. */
function blocksText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => toString(node as ElementContent).trim())
    .filter((text) => text !== '')
    .join('\n\n');
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
  node.position ? `line ${node.position.start.line}` : undefined;

/**
 * Reads a body split at its questions against the questions its frontmatter lists: the text of
 * each part, or every way the two disagree (a question missing, unlisted, out of order or
 * unanswered; a line a republisher added).
 */
export function readChapters(
  intro: readonly RootContent[],
  chapters: readonly Chapter[],
  listed: readonly ListedQuestion[],
): { reading: BodyReading; problems: ContentProblem[] } {
  const headings = chapters.map((chapter) => ({ heading: toString(chapter.heading).trim(), answer: blocksText(chapter.answer) }));
  const paragraphs = [...intro, ...chapters.flatMap((chapter) => chapter.answer)].filter(
    (node): node is Element => isElement(node, 'p'),
  );
  const problems: ContentProblem[] = [
    ...questionProblems(listed, headings).map((message) => ({ message })),
    ...paragraphs.flatMap((paragraph) =>
      artifactProblems([toString(paragraph)]).map((message) => ({ at: lineOf(paragraph), message })),
    ),
  ];
  const introText = blocksText(intro);
  const sections: Section[] = [
    { anchor: null, number: 0, question: null, text: introText, answer: introText },
    ...headings.map(({ heading, answer }) => {
      const index = listed.findIndex((question) => question.text === heading);
      return {
        anchor: listed[index]?.anchor ?? null,
        number: index + 1,
        question: heading,
        text: answer ? `${heading}\n\n${answer}` : heading,
        answer,
      };
    }),
  ];
  const words = countWords(sections.map((section) => section.text).join('\n\n'));
  return { reading: { sections, words, readingMinutes: readingMinutes(words) }, problems };
}
