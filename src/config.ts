import type { ArticleData } from '@/content/schema';

/**
 * What every page says about the site itself: the one place to change it. An article's own
 * frontmatter may say otherwise for that article (`kicker`, `textNote`).
 */
export const site = {
  /** The header, every page's title after the page's own, the feed's title and each social image's foot. */
  name: 'Research Explainers',
  /** One line on what the site publishes: the home page's first words and its description, the footer, the feed's description. */
  tagline: 'Expert interviews on political violence, published to be read, searched and cited.',
  /** The rest of the home page's introduction, after the tagline: what readers can do here. */
  description:
    'Each interview is republished word for word under its licence, with an anchor for every question so you can link to the exact answer, and a search that takes you straight to it.',
  lang: 'en',
  /** The line above each article's title, and on its social images: what kind of text the site publishes. */
  kicker: 'Interview',
  /** What each article's attribution says of its text: what, if anything, was changed in republishing it. */
  textNote: 'The interview’s text is unchanged, word for word; only its paragraph breaks were restored.',
} as const;

/** The line above an article's title: its own `kicker`, or the site's. */
export const kickerOf = (article: Pick<ArticleData, 'kicker'>): string => article.kicker ?? site.kicker;

/** What an article's attribution says of its text: its own `textNote`, or the site's. */
export const textNoteOf = (article: Pick<ArticleData, 'textNote'>): string => article.textNote ?? site.textNote;
