import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
// Teaches hast the MDX module nodes (imports and exports) that the body may hold.
import type {} from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { questionAliases } from '@/content/anchors';
import { artifactProblems, questionProblems, type ListedQuestion } from '@/content/body-checks';
import { sharePageRelativePath } from '@/shared/paths';

interface Chapter {
  heading: Element;
  answer: RootContent[];
}

const isElement = (node: RootContent, tagName: string): node is Element =>
  node.type === 'element' && node.tagName === tagName;

/** Splits the top level of the body at each `##` heading: the intro, then one chapter per question. */
function splitAtQuestions(children: RootContent[]): { intro: RootContent[]; chapters: Chapter[] } {
  const intro: RootContent[] = [];
  const chapters: Chapter[] = [];
  for (const node of children) {
    if (isElement(node, 'h2')) chapters.push({ heading: node, answer: [] });
    else (chapters.at(-1)?.answer ?? intro).push(node);
  }
  return { intro, chapters };
}

function listedQuestions(file: VFile): ListedQuestion[] {
  const frontmatter = (file.data as { astro?: { frontmatter?: { questions?: unknown } } }).astro?.frontmatter;
  const questions = frontmatter?.questions;
  // A malformed list is reported by the collection schema, with the field's name.
  return Array.isArray(questions) ? (questions as ListedQuestion[]) : [];
}

/**
 * The self-link, copy buttons and share-page link beside a question; kept out of the heading so
 * result titles stay clean. The share page is linked relative to the article, so it follows the base path.
 */
function questionTools(question: ListedQuestion): Element {
  const named = (label: string, action: string) => [h('span.copy-link-label', label), h('span.sr-only', ` ${action} “${question.text}”`)];
  return h('span.question-tools', { dataPagefindIgnore: 'all' }, [
    h('a.self-link', { href: `#${question.anchor}` }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span.sr-only', `Link to the question “${question.text}”`),
    ]),
    h('copy-link', { dataAnchor: question.anchor }, [
      h('button', { type: 'button', dataCopy: 'question' }, named('Copy link', 'to the question')),
      h('button', { type: 'button', dataCopy: 'share-page' }, named('Copy share-page link', 'for the question')),
      // Shown only where the browser can share.
      h('button', { type: 'button', dataShare: '', hidden: true }, named('Share…', 'the question')),
      h('span.sr-only', { role: 'status' }),
    ]),
    h('a.share-page-link', { href: sharePageRelativePath(question.anchor) }, named('Share page', 'for the question')),
  ]);
}

function questionSection(question: ListedQuestion, chapter: Chapter): Element {
  chapter.heading.properties.id = question.anchor;
  const aliases = questionAliases(question).map((alias) => h('span.anchor-alias', { id: alias }));
  return h('section.question', { ariaLabelledby: question.anchor }, [
    ...aliases,
    h('div.question-heading', [chapter.heading, questionTools(question)]),
    ...(chapter.answer as ElementContent[]),
  ]);
}

/**
 * Turns an interview's body into its published shape: an intro, then one section per question
 * with its permanent anchor, its slug alias, a self-link and a copy-link button. Refuses, with
 * the file named, a body that does not match the questions its frontmatter lists.
 */
export default function rehypeQuestions() {
  return (tree: Root, file: VFile) => {
    const listed = listedQuestions(file);
    if (listed.length === 0) return;

    // MDX imports and exports must stay at the top level of the module.
    const moduleNodes = tree.children.filter((node) => node.type === 'mdxjsEsm');
    const { intro, chapters } = splitAtQuestions(tree.children.filter((node) => node.type !== 'mdxjsEsm'));
    const sections = chapters.map((chapter) => ({
      heading: toString(chapter.heading).trim(),
      answer: chapter.answer.map((node) => toString(node as Element)).join(''),
    }));
    const paragraphs = tree.children.filter((node) => isElement(node, 'p')).map((node) => toString(node as Element));
    const problems = [...questionProblems(listed, sections), ...artifactProblems(paragraphs)];
    if (problems.length > 0) {
      const where = file.path ? path.relative(process.cwd(), file.path) : 'an article';
      throw new Error(`${where}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }

    const byText = new Map(listed.map((question) => [question.text, question]));
    tree.children = [
      ...moduleNodes,
      h('div.intro', intro as ElementContent[]),
      ...chapters.map((chapter, index) => questionSection(byText.get(sections[index]!.heading)!, chapter)),
    ];
  };
}
