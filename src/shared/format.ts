/** How the site names and dates an article, in one place, for bylines, cards and titles. */

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// Made once: making a formatter costs far more than formatting, and every page dates its article.
const DISPLAY_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `26 August 2021`: day first and the month spelt out, unambiguous for every reader. */
export function displayDate(date: Date): string {
  return DISPLAY_DATE.format(date);
}

/** `2021-08-26`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function pageTitle(title: string | undefined, siteName: string): string {
  return title ? `${title} · ${siteName}` : siteName;
}
