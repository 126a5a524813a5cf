/**
 * Where everything on a social card goes: each line of text, its type and colour, and the rules.
 * The widths come from the drawing library (`card-drawing.ts`), given as `measure`, so a headline
 * is fitted by its real width. The card workers run this file as it is: it imports only relative
 * `.ts` files.
 */
import { trimAtWord } from '../content/answer-start.ts';

/** What one social image says: a question or a title, who wrote it, and where it is published. */
export interface SocialCard {
  /** A short line above the headline: what kind of text this is. */
  kicker: string;
  headline: string;
  authors: string;
  siteName: string;
}

/** One of the card's faces of Source Serif 4: its weight, and its size in pixels. */
export interface CardType {
  weight: 400 | 600 | 700;
  size: number;
}

/** Set text as the drawing library measures it, in pixels: its width, and its face's height above and below the baseline. */
export interface TextMetrics {
  width: number;
  ascent: number;
  descent: number;
}

export type MeasureText = (text: string, type: CardType) => TextMetrics;

/** What a line of text is on the card. */
export type CardPart = 'kicker' | 'headline' | 'authors' | 'site name';

/** A line of text, placed: `x` is its left edge and `baseline` its baseline. */
export interface PlacedText {
  part: CardPart;
  text: string;
  type: CardType;
  colour: string;
  x: number;
  baseline: number;
  width: number;
  /** The top of its line box. */
  top: number;
}

export interface CardRule {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** A card, ready to paint: the paper, then the rules, then the text over them. */
export interface CardLayout {
  width: number;
  height: number;
  paper: string;
  rules: CardRule[];
  texts: PlacedText[];
}

/** The card's colours, the site's own: every pixel of a card is the paper, one of the inks, or a blend of the two. */
export const CARD_COLOURS = { paper: '#fdfcf8', ink: '#1f1d1a', accent: '#8a3320', muted: '#5b5650' } as const;

export const CARD_PADDING = 72;
/** The accent band along the card's top edge. */
const TOP_BAND = 16;
/** Headline sizes from largest to smallest: a short question gets the largest that fits. */
const HEADLINE_SIZES = [96, 84, 72, 62, 54] as const;
const HEADLINE_LINE_HEIGHT = 1.18;
/** Room for the headline once the kicker, authors and site name have theirs. */
const HEADLINE_HEIGHT = 300;
const KICKER: CardType = { weight: 600, size: 30 };
const KICKER_GAP = 20;
const AUTHORS: CardType = { weight: 600, size: 32 };
const SITE_NAME: CardType = { weight: 400, size: 32 };
/** The rule over the authors, and the room between it and them. */
const FOOTER_RULE = 2;
const FOOTER_GAP = 20;

/** The text in lines no wider than `width`, broken between words; a word wider than a line has one of its own. */
export function wrapLines(text: string, type: CardType, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer, type).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

const linesRoomAt = (size: number) => Math.floor(HEADLINE_HEIGHT / (size * HEADLINE_LINE_HEIGHT));

/**
 * The headline's type size and lines: the largest size at which it fits the card, so it stays
 * readable as a thumbnail; cut at a word, with an ellipsis, if it fits at none.
 */
export function fitHeadline(text: string, width: number, measure: MeasureText): { fontSize: number; text: string; lines: string[] } {
  const linesAt = (size: number, words: string) => wrapLines(words, { weight: 700, size }, width, measure);
  for (const size of HEADLINE_SIZES) {
    const lines = linesAt(size, text);
    if (lines.length <= linesRoomAt(size)) return { fontSize: size, text, lines };
  }
  const smallest = HEADLINE_SIZES.at(-1)!;
  const room = linesRoomAt(smallest);
  // What fills the lines there are, cut a word at a time until its ellipsis fits too.
  const words = text.replace(/\s+/g, ' ').trim();
  const filling = linesAt(smallest, words).slice(0, room).join(' ');
  let cut = trimAtWord(words, filling.length + 1);
  let lines = linesAt(smallest, cut);
  while (lines.length > room) {
    cut = trimAtWord(cut.replace(/…$/, ''), cut.length - 2);
    lines = linesAt(smallest, cut);
  }
  return { fontSize: smallest, text: cut, lines };
}

/** The card's layout, in the site's colours: kicker and headline at the top, authors and site name at the foot. */
export function cardLayout(card: SocialCard, size: { width: number; height: number }, measure: MeasureText): CardLayout {
  const { paper, ink, accent, muted } = CARD_COLOURS;
  const right = size.width - CARD_PADDING;
  const textWidth = right - CARD_PADDING;
  // Each line is centred in its line box, as CSS places it: a box of the face's own height unless a line height is given.
  const placed = (part: CardPart, text: string, type: CardType, colour: string, x: number, top: number, lineHeight?: number): PlacedText => {
    const { width, ascent, descent } = measure(text, type);
    const box = lineHeight ?? ascent + descent;
    return { part, text, type, colour, x, top, baseline: top + (box - ascent - descent) / 2 + ascent, width };
  };
  const lineBox = (type: CardType) => {
    const { ascent, descent } = measure('', type);
    return ascent + descent;
  };

  const kicker = placed('kicker', card.kicker, KICKER, accent, CARD_PADDING, TOP_BAND + CARD_PADDING);
  const headline = fitHeadline(card.headline, textWidth, measure);
  const headlineType: CardType = { weight: 700, size: headline.fontSize };
  const headlineLine = headline.fontSize * HEADLINE_LINE_HEIGHT;
  const headlineTop = kicker.top + lineBox(KICKER) + KICKER_GAP;
  const headlineLines = headline.lines.map((line, index) =>
    placed('headline', line, headlineType, ink, CARD_PADDING, headlineTop + index * headlineLine, headlineLine),
  );

  const footerTop = size.height - CARD_PADDING - Math.max(lineBox(AUTHORS), lineBox(SITE_NAME));
  const authors = placed('authors', card.authors, AUTHORS, ink, CARD_PADDING, footerTop);
  const siteName = placed('site name', card.siteName, SITE_NAME, muted, 0, footerTop);
  siteName.x = right - siteName.width;

  return {
    ...size,
    paper,
    rules: [
      { x: 0, y: 0, width: size.width, height: TOP_BAND, colour: accent },
      { x: CARD_PADDING, y: footerTop - FOOTER_GAP - FOOTER_RULE, width: textWidth, height: FOOTER_RULE, colour: ink },
    ],
    texts: [kicker, ...headlineLines, authors, siteName],
  };
}

/** Rows of the card's pixels, from `top` to just before `bottom`. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/**
 * The rows anything is painted on, merged where they touch: every other row is bare paper. A line
 * of text gets 1.3 times its type size above its baseline and 0.6 below: more than the face's
 * own box, which leaves out the accents over capitals (Å, Ǻ) and the deepest descenders.
 */
export function inkedRows(layout: CardLayout): RowSpan[] {
  const spans = [
    ...layout.rules.map((rule) => ({ top: rule.y, bottom: rule.y + rule.height })),
    ...layout.texts.map((text) => ({ top: text.baseline - 1.3 * text.type.size, bottom: text.baseline + 0.6 * text.type.size })),
  ]
    .map((span) => ({ top: Math.max(0, Math.floor(span.top)), bottom: Math.min(layout.height, Math.ceil(span.bottom)) }))
    .filter((span) => span.bottom > span.top)
    .sort((a, b) => a.top - b.top);
  const merged: RowSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.top <= last.bottom) last.bottom = Math.max(last.bottom, span.bottom);
    else merged.push({ ...span });
  }
  return merged;
}

/** What the card says, as alternative text for the image. */
export function cardAlt(card: SocialCard): string {
  return `${card.kicker}: “${card.headline}”, by ${card.authors}. ${card.siteName}`;
}
