import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
// Teaches hast the MDX module nodes (imports and exports) that the body may hold.
import type {} from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { questionAliases } from '@/content/anchors';
import { refuseProblems } from '@/content/problems';
import { readChapters, splitAtQuestions, type BodyReading, type Chapter } from '@/content/reading';
import type { Question } from '@/content/schema';
import { questionTools } from '@/social/question-tools';

interface AstroData {
  astro?: { frontmatter?: { questions?: unknown; reading?: BodyReading } };
}

function listedQuestions(file: VFile): Question[] {
  const questions = (file.data as AstroData).astro?.frontmatter?.questions;
  // A malformed list is reported by the collection schema, with the field's name.
  return Array.isArray(questions) ? (questions as Question[]) : [];
}

function questionSection(question: Question, chapter: Chapter): Element {
  chapter.heading.properties.id = question.anchor;
  const aliases = questionAliases(question).map((alias) => h('span.anchor-alias', { id: alias }));
  return h('section.question', { ariaLabelledby: question.anchor }, [
    ...aliases,
    h('div.question-heading', [chapter.heading, questionTools(question)]),
    ...(chapter.answer as ElementContent[]),
  ]);
}

/**
 * Where an article's body is read, once, as it is compiled. The reading (its intro and answers
 * as text, its length) goes with the compiled article for `src/content/articles.ts` to hand out;
 * the body takes its published shape: an intro, then one section per question with its
 * permanent anchor, its aliases and its share tools. A body that does not match the questions
 * its frontmatter lists stops the build, naming the file and each problem.
 */
export default function rehypeQuestions() {
  return (tree: Root, file: VFile) => {
    const listed = listedQuestions(file);
    if (listed.length === 0) return;

    // MDX imports and exports must stay at the top level of the module.
    const moduleNodes = tree.children.filter((node) => node.type === 'mdxjsEsm');
    const { intro, chapters } = splitAtQuestions(tree.children.filter((node) => node.type !== 'mdxjsEsm'));
    const { reading, problems } = readChapters(intro, chapters, listed);
    refuseProblems(file.path || 'an article', problems);

    const frontmatter = ((file.data as AstroData).astro ??= {}).frontmatter ??= {};
    frontmatter.reading = reading;
    const byText = new Map(listed.map((question) => [question.text, question]));
    tree.children = [
      ...moduleNodes,
      h('div.intro', intro as ElementContent[]),
      ...chapters.map((chapter, index) => questionSection(byText.get(reading.sections[index + 1]!.question!)!, chapter)),
    ];
  };
}
