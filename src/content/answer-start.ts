/** Long enough to say something, short enough that search engines and link previews show it whole. */
export const DESCRIPTION_LENGTH = 160;

/** Cuts text to at most `maxLength` characters at a word boundary, ending with an ellipsis when cut. */
export function trimAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength); // leaves one character for the ellipsis
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, maxLength - 1);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The start of an answer, for a description: as many whole sentences as fit in `maxLength`, or the
 * first sentence cut at a word when even that one is too long.
 */
export function answerStart(answer: string, maxLength = DESCRIPTION_LENGTH): string {
  let start = '';
  // Sentences are segmented only as far as they fit: an answer runs to many more than a description holds.
  for (const { segment: sentence } of SENTENCES.segment(answer)) {
    if ((start + sentence).trim().length > maxLength) break;
    start += sentence;
  }
  return start.trim() || trimAtWord(answer.trim(), maxLength);
}
