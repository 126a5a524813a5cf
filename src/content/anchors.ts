import { slug } from 'github-slugger';
import { isPageId } from '@/shared/page-ids';

/** Lowercase words joined by single hyphens: safe in a URL fragment and easy to read aloud. */
export const ANCHOR_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidAnchor(anchor: string): boolean {
  return ANCHOR_PATTERN.test(anchor);
}

/**
 * The id GitHub and rehype-slug would give a heading with this text. Readers who link to a
 * question by its full text land on the question as well as those who use the short anchor.
 */
export function headingSlug(text: string): string {
  return slug(text);
}

/**
 * Extra ids a question answers to, besides its own anchor: the slug of its full text (unless the
 * page uses that id for a part of its own), and every anchor it was published under before, so
 * links made with any of them keep landing on it.
 */
export function questionAliases(question: { anchor: string; text: string; formerAnchors?: readonly string[] | undefined }): string[] {
  const textSlug = headingSlug(question.text);
  const aliases = new Set([...(isPageId(textSlug) ? [] : [textSlug]), ...(question.formerAnchors ?? [])]);
  aliases.delete(question.anchor);
  return [...aliases];
}

/** Anchors that appear more than once, each named once, in order of first repeat. */
export function duplicateAnchors(anchors: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const anchor of anchors) {
    if (seen.has(anchor)) repeated.add(anchor);
    seen.add(anchor);
  }
  return [...repeated];
}
