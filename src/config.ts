/** What every page says about the site itself. */
export const site = {
  name: 'Research Explainers',
  tagline: 'Expert interviews on political violence, published to be read, searched and cited.',
  lang: 'en',
} as const;
