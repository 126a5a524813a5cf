import { expect, test } from 'vitest';
import { socialMetaTags } from '@/social/meta-tags';

const page = {
  title: 'What is it?',
  description: 'It is a group.',
  url: 'https://example.org/isk/articles/a/q/what-is-it/',
  siteName: 'Example',
  image: { url: 'https://example.org/isk/og/a/what-is-it.png', alt: 'The question “What is it?”' },
};

const byKey = (tags: ReturnType<typeof socialMetaTags>) =>
  tags.map((tag) => ['property' in tag ? tag.property : tag.name, tag.content]);

test('an article names its type, date and authors, and a large image card', () => {
  const tags = byKey(socialMetaTags({ ...page, article: { published: new Date('2021-08-26'), authors: ['A. Author', 'B. Author'] } }));
  expect(tags).toEqual(
    expect.arrayContaining([
      ['og:type', 'article'],
      ['og:title', page.title],
      ['og:description', page.description],
      ['og:url', page.url],
      ['og:site_name', 'Example'],
      ['og:image', page.image.url],
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
      ['og:image:type', 'image/png'],
      ['og:image:alt', page.image.alt],
      ['article:published_time', '2021-08-26'],
      ['article:author', 'A. Author'],
      ['article:author', 'B. Author'],
      ['twitter:card', 'summary_large_image'],
      ['twitter:image:alt', page.image.alt],
    ]),
  );
});

test('a page that is not an article is a website, with no article tags', () => {
  const tags = byKey(socialMetaTags(page));
  expect(tags).toContainEqual(['og:type', 'website']);
  expect(tags.filter(([key]) => key!.startsWith('article:'))).toEqual([]);
});
