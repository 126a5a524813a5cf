import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { joinNames } from '@/shared/format';
import { articleUrl } from '@/shared/paths';
import { site } from '@/config';

/** The articles, newest first, for feed readers. */
export const GET: APIRoute = async ({ site: origin }) => {
  const base = import.meta.env.BASE_URL;
  const articles = (await getCollection('articles')).sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  return rss({
    title: site.name,
    description: site.tagline,
    site: new URL(base, origin),
    items: articles.map((entry) => ({
      title: entry.data.title,
      link: articleUrl(origin!, base, entry.id),
      pubDate: entry.data.published,
      description: `${joinNames(entry.data.authors.map((author) => author.name))}. ${entry.data.summary}`,
    })),
    customData: `<language>${site.lang}</language>`,
  });
};
