import type { ArticleData } from './schema';

/** An article's frontmatter as the loader parsed and checked it. */
export interface LoadedArticle {
  id: string;
  data: ArticleData;
}

// On `globalThis`: the loader runs in the content layer, and the integrations that read this are bundled apart.
const KEY = Symbol.for('research-explainers.loaded-articles');
const shared = globalThis as unknown as Record<symbol, Map<string, LoadedArticle> | undefined>;
const loaded = (shared[KEY] ??= new Map());

/** Called by the loader (`article-loader.ts`) for each article whose frontmatter passed the schema. */
export function recordLoaded(article: LoadedArticle): void {
  loaded.set(article.id, article);
}

/**
 * The articles the loader parsed in this process, before any page is bundled: for the build
 * steps that can start then (drawing cards, formatting references: `src/integrations/made-ahead.ts`). An article
 * the content layer kept from its last sync unchanged is not parsed again, so not listed; the
 * pages still take every article from `getArticles` (`articles.ts`).
 */
export const loadedArticles = (): readonly LoadedArticle[] => [...loaded.values()];
