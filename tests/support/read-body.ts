import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { BodyReading } from '@/content/reading';
import type { Question } from '@/content/schema';
import questionSections, { compilerFeatures } from '@/integrations/question-sections';

/**
 * Reads an MDX body the way the build does (Astro's MDX compiler, Sätteri, with GitHub-flavoured
 * Markdown, then the site's question step reads it), for tests that need its text without a build.
 */
export function readBody(body: string, questions: readonly Pick<Question, 'anchor' | 'text'>[], path = 'content/articles/example.mdx'): BodyReading {
  const frontmatter: { questions: typeof questions; reading?: BodyReading } = { questions };
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  mdxToJs(body, { hastPlugins: [questionSections()], features: compilerFeatures, fileURL: pathToFileURL(resolve(path)), data: { astro } });
  if (!frontmatter.reading) throw new Error(`${path}: the body was not read (no questions listed?)`);
  return frontmatter.reading;
}
