import { compileSync } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { BodyReading } from '@/content/reading';
import type { Question } from '@/content/schema';
import rehypeQuestions from '@/integrations/rehype-questions';

/**
 * Reads an MDX body the way the build does (Astro's MDX compiles it with GitHub-flavoured
 * Markdown, then the site's rehype step reads it), for tests that need its text without a build.
 */
export function readBody(body: string, questions: readonly Pick<Question, 'anchor' | 'text'>[], path = 'content/articles/example.mdx'): BodyReading {
  const file = new VFile({ path, value: body, data: { astro: { frontmatter: { questions } } } });
  compileSync(file, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeQuestions] });
  const reading = (file.data as { astro?: { frontmatter?: { reading?: BodyReading } } }).astro?.frontmatter?.reading;
  if (!reading) throw new Error(`${path}: the body was not read (no questions listed?)`);
  return reading;
}
