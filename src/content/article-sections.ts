import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Question } from './schema';

/** One part of an interview as plain text, the way a reader sees it: the intro, or one question with its answer. */
export interface ArticleSection {
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

const isQuestionHeading = (node: RootContent) => node.type === 'heading' && node.depth === 2;

/**
 * Splits an article's MDX body into its intro and one section per `##` question, as plain text
 * (markup, imports and exports gone). Each heading is matched to the listed question with the same
 * text; the collection's checks have already refused a body whose headings differ from the list.
 */
export function articleSections(body: string, questions: readonly Question[]): ArticleSection[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const intro: ArticleSection = { anchor: null, number: 0, question: null, text: '', answer: '' };
  const sections = [intro];
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm') continue;
    const text = toString(node);
    if (isQuestionHeading(node)) {
      const index = questions.findIndex((question) => question.text === text.trim());
      if (index === -1) throw new Error(`the heading "${text}" is not one of the article's listed questions`);
      sections.push({ anchor: questions[index]!.anchor, number: index + 1, question: questions[index]!.text, text, answer: '' });
    } else if (text !== '') {
      const current = sections.at(-1)!;
      current.text = current.text ? `${current.text}\n\n${text}` : text;
      current.answer = current.answer ? `${current.answer}\n\n${text}` : text;
    }
  }
  return sections;
}
