import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { disallowedContent } from '@/content/allowed-body';
import { questionAliases } from '@/content/anchors';
import { refuseProblems } from '@/content/problems';
import { readChapters, splitAtQuestions, type BodyReading, type Chapter } from '@/content/reading';
import type { Question } from '@/content/schema';
import { joinBase } from '@/shared/paths';
import { questionTools } from '@/social/question-tools';

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

/** The licence forbids edits: no smart-quote rewriting of text that is already typeset. */
export const compilerFeatures = { smartPunctuation: false } as const;

interface Frontmatter {
  questions?: unknown;
  reading?: BodyReading;
}

/**
 * Where an article's body is read, once, as it is compiled. The reading (its intro and answers
 * as text, its length) goes into the compiled article's frontmatter for `src/content/articles.ts`
 * to hand out; the body takes its published shape: an intro, then one section per question with
 * its permanent anchor, its aliases and its share tools. A body that holds anything an interview
 * may not (`src/content/allowed-body.ts`), or does not match the questions its frontmatter lists,
 * stops the build, naming the file and each problem with its line.
 */
export function shapeQuestions(tree: Root, frontmatter: Frontmatter, path: string, base = '/'): void {
  // A malformed list is reported by the collection schema, with the field's name.
  const listed = Array.isArray(frontmatter.questions) ? (frontmatter.questions as Question[]) : [];
  if (listed.length === 0) return;

  const { intro, chapters } = splitAtQuestions(tree.children);
  const { reading, problems } = readChapters(intro, chapters, listed);
  refuseProblems(path, [...disallowedContent(tree.children), ...problems]);
  underBase(tree, base);

  frontmatter.reading = reading;
  const byText = new Map(listed.map((question) => [question.text, question]));
  tree.children = [
    h('div.intro', intro as ElementContent[]),
    ...chapters.map((chapter, index) => questionSection(byText.get(reading.sections[index + 1]!.question!)!, chapter)),
  ];
}

/**
 * `shapeQuestions` as a step of Astro's MDX compiler (Sätteri), after the body has become HTML.
 * Sätteri hands the plugin a read-only tree whose nodes carry its own bookkeeping (`_`-prefixed
 * keys, which structuredClone refuses and no hast key uses), and takes a plain new tree back;
 * positions are asked for so that every problem names its line.
 */
export default function questionSections({ base = '/' }: { base?: string } = {}): HastPluginDefinition {
  return {
    name: 'question-sections',
    options: { position: true },
    after(root, context) {
      const frontmatter = (context.data as { astro?: { frontmatter?: Frontmatter } }).astro?.frontmatter;
      if (!frontmatter) return;
      const tree = JSON.parse(JSON.stringify(root, (key, value) => (key.startsWith('_') ? undefined : value))) as Root;
      shapeQuestions(tree, frontmatter, context.fileURL ? fileURLToPath(context.fileURL) : 'an article', base);
      context.replaceNode(root, tree);
    },
  };
}
