/**
 * How the built pages are validated, after every build and by `npm test`: html-validate's
 * strictest preset. Each rule turned off is named here with the reason.
 * @type {import('html-validate').ConfigData}
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // An article's page title is its title as first published, which the licence forbids us to
    // shorten; a long title is the price of reproducing it faithfully.
    'long-title': 'off',
    // Astro writes the void elements of an MDX body (an article's images, line breaks and rules) as
    // `<img/>`, and those of its components as `<img>`; HTML reads both the same.
    'void-style': 'off',
  },
};
