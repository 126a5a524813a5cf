import { displayDate, joinNames } from '@/shared/format';

/** What a quoted passage is cited with: the work as first published, and the address that leads to the passage. */
export interface QuoteSource {
  quote: string;
  authors: readonly string[];
  title: string;
  publisher: string;
  published: Date;
  url: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * The quote with its citation, for pasting into a document: as plain text, and as HTML (a
 * block quote, the publisher in italics, the address a link) for editors that take rich text.
 *
 *     “The quoted passage.”
 *     — Amira Jadoon and Andrew Mines, “What is ISIS-K? …”, The Conversation, 26 August 2021, https://…
 */
export function quoteWithCitation({ quote, authors, title, publisher, published, url }: QuoteSource): { text: string; html: string } {
  const byline = `${joinNames(authors)}, “${title}”`;
  const text = `“${quote}”\n— ${byline}, ${publisher}, ${displayDate(published)}, ${url}`;
  const html =
    `<blockquote><p>${escapeHtml(quote)}</p></blockquote>` +
    `<p>— ${escapeHtml(byline)}, <i>${escapeHtml(publisher)}</i>, ${escapeHtml(displayDate(published))}, ` +
    `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
  return { text, html };
}

/**
 * The date of a `citation_publication_date` tag (`2021/08/26`, as Google Scholar asks for it).
 * Throws on any other form, so a change to the tags cannot put a wrong date in a citation.
 */
export function scholarDateValue(value: string): Date {
  const match = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(value);
  if (!match) throw new Error(`citation_publication_date "${value}" is not YYYY/MM/DD`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
