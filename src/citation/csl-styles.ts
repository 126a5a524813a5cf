import chicagoAuthorDate from './csl/chicago-author-date.csl?raw';
import modernLanguageAssociation from './csl/modern-language-association.csl?raw';

/**
 * The styles the site brings that Citation.js does not ship, by the name a style's `template`
 * gives, as text: handed to Citation.js wherever it formats references, here or in a worker thread.
 */
export const CSL_STYLES: Readonly<Record<string, string>> = {
  'modern-language-association': modernLanguageAssociation,
  'chicago-author-date': chicagoAuthorDate,
};
