import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { bibtex, citationItem, ris, type CitationItem } from '@/citation/citation';
import { articleUrl } from '@/shared/paths';

/** The reference as a file for reference managers, beside the article: `cite.bib` and `cite.ris`. */
const formats = {
  bib: { type: 'application/x-bibtex', write: bibtex },
  ris: { type: 'application/x-research-info-systems', write: ris },
} satisfies Record<string, { type: string; write: (item: CitationItem) => string }>;

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap((entry) =>
    Object.keys(formats).map((format) => ({ params: { slug: entry.id, format }, props: { entry } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }, { slug: string; format: keyof typeof formats }> = ({
  props,
  params,
  site,
}) => {
  const { entry } = props;
  const { type, write } = formats[params.format];
  const item = citationItem(entry.data, entry.id, articleUrl(site!, import.meta.env.BASE_URL, entry.id));
  return new Response(write(item).replace(/\n*$/, "\n"), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
