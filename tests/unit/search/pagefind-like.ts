import type { PagefindResultData } from '@/search/client/results';
import { keysOf, wordKey } from '@/search/client/words';

/** A page for {@link pagefindLike}: its text as Pagefind's content holds it, each question's heading one word, Q and a number ("Q1?"). */
export interface LikePage {
  url: string;
  title: string;
  content: string;
}

/** A word's key and its parts' keys: Pagefind indexes "US-led" as "usled", "us" and "led". */
const keysWithParts = (word: string) => [wordKey(word), ...word.split(/[-‐]/u).map(wordKey)];

/**
 * A stand-in for Pagefind's results, close enough to its way of matching to show what search makes
 * of them: each word of the query loses a plural "s" (its stemmer makes "bees" "bee") and then finds
 * every word that begins with it ("been" too); a page must hold every word; each heading starts a
 * sub-result, the top of the page another, each with its own locations.
 */
export function pagefindLike(query: string, ...pages: LikePage[]): PagefindResultData[] {
  const stems = keysOf(query).map((key) => (key.length > 3 ? key.replace(/s$/u, '') : key));
  return pages.flatMap(({ url, title, content }) => {
    const words = content.split(/\s+/u);
    const matches = (word: string, stem: string) => keysWithParts(word).some((key) => key.startsWith(stem));
    if (stems.length === 0 || !stems.every((stem) => words.some((word) => matches(word, stem)))) return [];
    const locations = words.flatMap((word, at) => (stems.some((stem) => matches(word, stem)) ? [at] : []));
    const anchors = words.flatMap((word, location) => (/^Q\d*\?$/u.test(word) ? [{ element: 'h2', text: word, location }] : []));
    const regions = [{ start: 0, anchor: undefined as (typeof anchors)[number] | undefined }, ...anchors.map((anchor) => ({ start: anchor.location, anchor }))];
    const sub_results = regions.flatMap(({ start, anchor }, index) => {
      const end = regions[index + 1]?.start ?? words.length;
      const inside = locations.filter((at) => at >= start && at < end);
      if (inside.length === 0) return [];
      return [
        {
          title: anchor?.text ?? title,
          url: anchor ? `${url}#${wordKey(anchor.text)}` : url,
          locations: inside,
          weighted_locations: inside.map(() => ({ balanced_score: 1 })),
          ...(anchor ? { anchor } : {}),
        },
      ];
    });
    return [{ url, meta: { title }, content, locations, anchors, sub_results }];
  });
}
