/**
 * Silent reading speed for English non-fiction, in words a minute: the average Brysbaert found
 * across 190 studies ("How many words do we read per minute?", Journal of Memory and Language, 2019).
 */
export const WORDS_PER_MINUTE = 238;

/** Words as a reader counts them: runs of letters or digits, joined by apostrophes or hyphens ("IS-K", "group’s"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read this many words, at least one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
