import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build-site';

export const ARTICLE_FILE = 'articles/what-is-isis-k.mdx';

export interface ContentBuild {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything the build printed. */
  output: string;
  /** Whether the build left a site behind. */
  producedSite: boolean;
  /** The interview's built page, when there is one. */
  articleHtml: string | undefined;
  /** The other built pages asked for, each when it was built. */
  pages: Map<string, string | undefined>;
}

/**
 * Builds the site from a temporary copy of `content/` (its register of published addresses
 * included) changed by `edit`, then removes the copy and the output. The built pages named in
 * `pagesToRead` (paths inside `dist/`) are read before that.
 */
export function buildWithEditedContent(edit: (contentDir: string) => void, pagesToRead: readonly string[] = []): ContentBuild {
  const work = mkdtempSync(join(tmpdir(), 'edited-content-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  try {
    cpSync(new URL('../../content/', import.meta.url), contentDir, { recursive: true });
    edit(contentDir);
    const build = buildSite({ outDir, settings: { CONTENT_DIR: contentDir } });
    const read = (page: string) => (existsSync(join(outDir, page)) ? readFileSync(join(outDir, page), 'utf8') : undefined);
    return {
      status: build.status,
      output: build.stdout + build.stderr,
      producedSite: existsSync(join(outDir, 'index.html')),
      articleHtml: read('articles/what-is-isis-k/index.html'),
      pages: new Map(pagesToRead.map((page) => [page, read(page)])),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The same, with only the interview's file changed by `edit`. */
export function buildWithEditedArticle(edit: (source: string) => string): ContentBuild {
  return buildWithEditedContent((contentDir) => {
    const article = join(contentDir, ARTICLE_FILE);
    const source = readFileSync(article, 'utf8');
    const edited = edit(source);
    if (edited === source) throw new Error('the edit changed nothing: the test no longer matches the content');
    writeFileSync(article, edited);
  });
}
