import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '@/config';
import { getArticles } from '@/content/articles';
import { joinNames } from '@/shared/format';

/** The articles, newest first, for feed readers. */
export const GET: APIRoute = async ({ site: origin }) => {
  const base = import.meta.env.BASE_URL;
  const articles = await getArticles();
  return rss({
    title: site.name,
    description: site.tagline,
    site: new URL(base, origin),
    items: articles.map(({ data, url }) => ({
      title: data.title,
      link: url,
      pubDate: data.published,
      description: `${joinNames(data.authors.map((author) => author.name))}. ${data.summary}`,
    })),
    customData: `<language>${site.lang}</language>`,
  });
};
