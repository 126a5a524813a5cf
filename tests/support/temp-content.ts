import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build-site';

export const ARTICLE_FILE = 'articles/what-is-isis-k.mdx';

export interface ContentBuild {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything the build printed. */
  output: string;
  /** Whether the build left a site behind: its own, or the earlier one it was built over. */
  producedSite: boolean;
  /** The interview's built page, when there is one. */
  articleHtml: string | undefined;
  /** The other built pages asked for, each when it was built. */
  pages: Map<string, string | undefined>;
}

const siteDir = new URL('../../dist/', import.meta.url);

/**
 * Builds the site from a temporary copy of `content/` (its register of published addresses
 * included) changed by `edit`, then removes the copy and the output. The build writes over a copy
 * of the site in `dist/`, as a publisher's next build writes over their last good one, so what a
 * failed build leaves is what it would leave them. The built pages named in `pagesToRead` (paths
 * inside `dist/`) are read before that.
 */
export function buildWithEditedContent(edit: (contentDir: string) => void, pagesToRead: readonly string[] = []): ContentBuild {
  if (!existsSync(new URL('index.html', siteDir))) throw new Error('dist/ is missing: run `npm run build` before the build tests');
  const work = mkdtempSync(join(tmpdir(), 'edited-content-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  try {
    cpSync(siteDir, outDir, { recursive: true });
    cpSync(new URL('../../content/', import.meta.url), contentDir, { recursive: true });
    edit(contentDir);
    const build = buildSite({ outDir, settings: { CONTENT_DIR: contentDir } });
    const read = (page: string) => (existsSync(join(outDir, page)) ? readFileSync(join(outDir, page), 'utf8') : undefined);
    return {
      status: build.status,
      output: build.stdout + build.stderr,
      producedSite: existsSync(outDir) && readdirSync(outDir).length > 0,
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
