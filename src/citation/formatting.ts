/**
 * References and citation files as Citation.js makes them, in the site's styles. Only the build
 * cache's misses load this file (`citation-output.ts`): Citation.js and its style engine take a
 * tenth of a second to start, which a build that finds every output in the cache never pays. A
 * build formats references in a worker thread (`reference-worker.ts`), so Node runs this file as
 * it is: it imports only packages, and types.
 */
import { Cite, plugins } from '@citation-js/core';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CitationItem, CitationStyle } from './citation';

/**
 * Citation.js ships American English only. British English differs from it, for references, in
 * its quotation marks and in keeping punctuation outside them (as the CSL project's own en-GB
 * locale does).
 */
function britishLocale(americanLocale: string): string {
  return americanLocale
    .replace('xml:lang="en-US"', 'xml:lang="en-GB"')
    .replace('punctuation-in-quote="true"', 'punctuation-in-quote="false"')
    .replace(/<term name="open-quote">[^<]*<\/term>/, '<term name="open-quote">‘</term>')
    .replace(/<term name="close-quote">[^<]*<\/term>/, '<term name="close-quote">’</term>')
    .replace(/<term name="open-inner-quote">[^<]*<\/term>/, '<term name="open-inner-quote">“</term>')
    .replace(/<term name="close-inner-quote">[^<]*<\/term>/, '<term name="close-inner-quote">”</term>');
}

const csl = plugins.config.get('@csl');
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', britishLocale(csl.locales.get('en-US')));

/** Gives Citation.js the styles it does not ship (`csl-styles.ts`), each by its name. */
export function addStyles(styles: Readonly<Record<string, string>>): void {
  for (const [name, style] of Object.entries(styles)) if (!csl.styles.has(name)) csl.styles.add(name, style);
}

/** A reference as the article's page shows it, and as its Copy button copies it. */
export interface FormattedReference {
  text: string;
  html: string;
}

/**
 * The reference in one style: HTML that keeps the style's italics, and its text to copy. The text
 * is read from the HTML: asking Citation.js for each format would run the style twice, which
 * costs a build of thousands of articles seconds.
 */
export function formatReference(item: CitationItem, style: CitationStyle): FormattedReference {
  const html = new Cite(item).format('bibliography', { template: style.template, lang: style.lang, format: 'html' });
  const entry = /<div[^>]*class="csl-entry">([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim();
  if (entry === undefined) throw new Error(`no reference in the ${style.label} output`);
  return { text: toString(fromHtml(entry, { fragment: true })).trim(), html: entry };
}

/** The publication date with two-digit month and day, joined by `separator`: `2021-08-26`, `2021/08/26`. */
const writtenDate = (item: CitationItem, separator: string) =>
  item.issued['date-parts'][0].map((part) => String(part).padStart(2, '0')).join(separator);

/** BibTeX's own month macros, which every style prints in its own way. */
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * BibTeX with the full date in its standard fields. Citation.js writes the day into the month
 * (`month = {aug 26}`), which BibTeX styles print as text and biblatex refuses: here the month is
 * BibTeX's macro, unbraced (`month = aug`), and the whole date is biblatex's `date = {2021-08-26}`.
 */
export function bibtex(item: CitationItem): string {
  const month = item.issued['date-parts'][0][1];
  const entry = new Cite(item).format('bibtex');
  const withDate = entry.replace(/^(\s*)month = \{[^}]*\},$/m, `$1month = ${BIBTEX_MONTHS[month - 1]},\n$1date = {${writtenDate(item, '-')}},`);
  if (withDate === entry) throw new Error(`Citation.js wrote no month for "${item.id}": the BibTeX date cannot be completed`);
  return withDate;
}

/**
 * RIS, one tag to a line. Three gaps in Citation.js's RIS output are filled here: it wraps long
 * values every 70 characters, even inside a word, and reference managers read the wrapped part
 * as a new line of the value; it leaves out the authors (`AU`) of a newspaper article (`NEWS`);
 * and it gives a newspaper article only its year (`PY`), where the RIS specification has the
 * full date in `DA`, as `YYYY/MM/DD/` (which Citation.js writes unpadded for other types).
 */
export function ris(item: CitationItem): string {
  const lines = new Cite(item)
    .format('ris')
    .replace(/\n(?![A-Z][A-Z0-9] {2}- |\n|$)/g, '')
    .split('\n')
    .filter((line) => !line.startsWith('DA  - '));
  if (!lines.some((line) => line.startsWith('AU  - '))) {
    lines.splice(1, 0, ...item.author.map((author) => `AU  - ${author.family}, ${author.given}`));
  }
  const date = `DA  - ${writtenDate(item, '/')}/`;
  const year = lines.findIndex((line) => line.startsWith('PY  - '));
  lines.splice(year === -1 ? 1 : year + 1, 0, date);
  return lines.join('\n');
}
