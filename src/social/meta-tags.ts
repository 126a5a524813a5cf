/**
 * The Open Graph and X (Twitter) card tags of one page, so a shared link previews as that page.
 * X reads a card's title, description and image from the Open Graph tags when its own are absent
 * (developer.x.com/cards/markup), so only the card type and the image's alt text are its own: the
 * rest would repeat some 400 bytes in each of an article's six pages.
 */
import { isoDate } from '@/shared/format';
import type { MetaTag } from '@/shared/meta-tag';

export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

export interface SocialPage {
  title: string;
  description: string;
  /** The page's own address: a share page previews as itself, not as its article. */
  url: string;
  siteName: string;
  image: { url: string; alt: string };
  article?: { published: Date; authors: readonly string[] };
}

export function socialMetaTags(page: SocialPage): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property: `og:${property}`, content });
  const twitter = (name: string, content: string): MetaTag => ({ name: `twitter:${name}`, content });
  return [
    og('type', page.article ? 'article' : 'website'),
    og('title', page.title),
    og('description', page.description),
    og('url', page.url),
    og('site_name', page.siteName),
    og('image', page.image.url),
    og('image:type', SOCIAL_IMAGE.type),
    og('image:width', String(SOCIAL_IMAGE.width)),
    og('image:height', String(SOCIAL_IMAGE.height)),
    og('image:alt', page.image.alt),
    ...(page.article
      ? [
          { property: 'article:published_time', content: isoDate(page.article.published) },
          ...page.article.authors.map((author) => ({ property: 'article:author', content: author })),
        ]
      : []),
    twitter('card', 'summary_large_image'),
    twitter('image:alt', page.image.alt),
  ];
}
