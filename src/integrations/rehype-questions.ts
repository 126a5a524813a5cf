import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';
import type { VFile } from 'vfile';
import { disallowedContent } from '@/content/allowed-body';
import { questionAliases } from '@/content/anchors';
import { refuseProblems } from '@/content/problems';
import { readChapters, splitAtQuestions, type BodyReading, type Chapter } from '@/content/reading';
import type { Question } from '@/content/schema';
import { joinBase } from '@/shared/paths';
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

/** A link or image written from the site's root (`/names/`, `/hive.jpg`) follows the site to its base path. */
function underBase(tree: Root, base: string): void {
  for (const element of selectAll('a[href^="/"], img[src^="/"]', tree)) {
    const attribute = element.tagName === 'a' ? 'href' : 'src';
    const address = String(element.properties[attribute]);
    if (!address.startsWith('//')) element.properties[attribute] = joinBase(base, address);
  }
}

/**
 * Where an article's body is read, once, as it is compiled. The reading (its intro and answers
 * as text, its length) goes with the compiled article for `src/content/articles.ts` to hand out;
 * the body takes its published shape: an intro, then one section per question with its
 * permanent anchor, its aliases and its share tools. A body that holds anything an interview may
 * not (`src/content/allowed-body.ts`), or does not match the questions its frontmatter lists,
 * stops the build, naming the file and each problem with its line.
 */
export default function rehypeQuestions({ base = '/' }: { base?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const listed = listedQuestions(file);
    if (listed.length === 0) return;

    const { intro, chapters } = splitAtQuestions(tree.children);
    const { reading, problems } = readChapters(intro, chapters, listed);
    refuseProblems(file.path || 'an article', [...disallowedContent(tree.children), ...problems]);
    underBase(tree, base);

    const frontmatter = ((file.data as AstroData).astro ??= {}).frontmatter ??= {};
    frontmatter.reading = reading;
    const byText = new Map(listed.map((question) => [question.text, question]));
    tree.children = [
      h('div.intro', intro as ElementContent[]),
      ...chapters.map((chapter, index) => questionSection(byText.get(reading.sections[index + 1]!.question!)!, chapter)),
    ];
  };
}
