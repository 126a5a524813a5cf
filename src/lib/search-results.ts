/** The few parts of Pagefind's result data the site reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  /** The question (or page) the reader lands on. */
  title: string;
  /** The page the hit belongs to, shown when it differs from the title. */
  pageTitle: string;
  url: string;
  excerpt: string;
}

const score = (sub: PagefindSubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * One hit per question that matches, best first, so a result leads to the answer that holds
 * the words rather than to the top of the page.
 */
export function hitsFromResults(results: readonly PagefindResultData[], limit = 8): SearchHit[] {
  const hits = results.flatMap((page) => {
    const pageTitle = page.meta.title ?? page.url;
    const subs = page.sub_results?.length ? page.sub_results : [{ title: pageTitle, url: page.url, excerpt: page.excerpt }];
    return [...subs]
      .sort((a, b) => score(b) - score(a))
      .map((sub) => ({ title: sub.title, pageTitle, url: sub.url, excerpt: sub.excerpt }));
  });
  return hits.slice(0, limit);
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is HTML whose only markup is `<mark>`. Splitting it into plain text parts
 * lets the page show the marks with `textContent`, never parsing result text as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}
