import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { readFrontmatter } from './frontmatter';
import { refuseProblems, schemaProblems } from './problems';
import { recordLoaded } from './loaded-articles';
import { articleSchema, type ArticleData } from './schema';

/**
 * The articles: Astro's glob loader over `<folder>/*.mdx`, with every problem of a file reported
 * in the one format of `problems.ts` instead of Astro's own (which prints markup around field
 * names and calls an unquoted colon "bad indentation"). Each frontmatter is read first by
 * `frontmatter.ts`, which keeps dates as written, and that reading is what the schema checks.
 */
export function articleLoader(folder: string): Loader {
  const files = glob({ pattern: '*.mdx', base: folder });
  const frontmatterOf = (file: string) => readFrontmatter(file, readFileSync(file, 'utf8'));
  return {
    name: 'articles',
    load: async (context) => {
      const dir = fileURLToPath(new URL(folder.replace(/\/?$/, '/'), context.config.root));
      // Astro reads each frontmatter before handing it over, and stops on bad YAML with its own message: ours come first.
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) frontmatterOf(join(dir, name));
      await files.load({
        ...context,
        // Read again for each entry, so the dev server's reload of one edited file reads its new text.
        parseData: async <Data extends Record<string, unknown>>(entry: Parameters<typeof context.parseData<Data>>[0]) => {
          const data = (entry.filePath ? frontmatterOf(entry.filePath) : entry.data) as Data;
          try {
            const parsed = await context.parseData({ ...entry, data });
            recordLoaded({ id: entry.id, data: parsed as unknown as ArticleData });
            return parsed;
          } catch (error) {
            const parsed = articleSchema.safeParse(data);
            if (!parsed.success) refuseProblems(entry.filePath ?? entry.id, schemaProblems(parsed.error.issues));
            throw error;
          }
        },
      });
    },
  };
}
