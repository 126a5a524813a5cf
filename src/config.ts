/** What every page says about the site itself: the one place to change it. */
export const site = {
  name: 'Research Explainers',
  tagline: 'Expert interviews on political violence, published to be read, searched and cited.',
  lang: 'en',
  /** The line above each article's title, and on its social image: what kind of text the site publishes. */
  kicker: 'Interview',
} as const;
