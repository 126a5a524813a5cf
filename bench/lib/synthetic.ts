/**
 * Synthetic interviews for the scale benchmark: each an intro and five questions, about 1,200
 * words like the real one. Common words come from a word bank (the real interview's own words,
 * so the benchmark's queries find them at every size); each article adds names and places of its
 * own, so the vocabulary grows with the site as it does on a real one. The same index always
 * gives the same article.
 */

export interface SyntheticArticle {
  /** The file name without `.mdx`, which becomes the article's address. */
  slug: string;
  title: string;
  /** The interview's text: its intro, then each question as a `## ` heading and its answer. */
  body: string;
  /** The file the site reads: frontmatter and body. */
  mdx: string;
}

/** A small, fast, seeded generator (mulberry32), so every run builds the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ran', 'dor', 'mi', 'sha', 'tel', 'bu', 'zan', 'qo', 'rif', 'la', 'nem', 'vo', 'hid', 'sar', 'ul', 'pe', 'gha', 'tor', 'in'];

const QUESTION_FORMS = [
  (name: string) => `Who are ${name} and where did they come from?`,
  (name: string) => `What does ${name} want?`,
  (name: string) => `How does ${name} recruit and pay its fighters?`,
  (name: string) => `What relationship does ${name} have with its neighbours?`,
  (name: string) => `How much of a threat is ${name} today?`,
];

/** The words of a text, for the word bank: letters only, so nothing in them means anything to MDX. */
export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z][a-z]+/g) ?? [];
}

export function syntheticArticle(index: number, wordBank: readonly string[]): SyntheticArticle {
  if (wordBank.length === 0) throw new Error('the word bank is empty');
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));

  const inventName = () => {
    const word = Array.from({ length: between(2, 4) }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  // Proper nouns of this article only: each makes a word no other article has.
  const names = Array.from({ length: 24 }, inventName);
  const group = `${names[0]} ${pick(['Front', 'Movement', 'Brigade', 'Network', 'Council'])}`;

  const sentence = () => {
    const words = Array.from({ length: between(9, 30) }, () => (next() < 0.12 ? pick(names) : pick(wordBank).toLowerCase()));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}${pick(['.', '.', '.', '?', '!'])}`;
  };
  const paragraph = () => Array.from({ length: between(2, 5) }, sentence).join(' ');
  const paragraphs = (low: number, high: number) => Array.from({ length: between(low, high) }, paragraph).join('\n\n');

  const questions = QUESTION_FORMS.map((form, i) => ({ anchor: `question-${i + 1}`, text: form(group) }));
  const slug = `synthetic-${String(index).padStart(5, '0')}`;
  // JSON is YAML too, and needs no care over quoting.
  const frontmatter = {
    title: `${group}: two researchers on ${names[1]} and ${names[2]} (synthetic article ${index})`,
    summary: `A generated interview for the benchmark about ${group}, its fighters in ${names[3]}, and what it wants; not a real article.`,
    authors: [{ name: `${names[4]} ${names[5]}`, affiliation: `University of ${names[6]}` }],
    // Within ten years from 2015, however many articles: the build refuses a date in the future.
    published: new Date(Date.UTC(2015, 0, 1) + (index % 3650) * 86_400_000).toISOString().slice(0, 10),
    publisher: { name: 'Benchmark Press', url: 'https://example.org/' },
    license: {
      name: 'Creative Commons Attribution 4.0 International',
      shortName: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    },
    questions,
  };
  const body = [paragraphs(2, 3), ...questions.map((question) => `## ${question.text}\n\n${paragraphs(3, 5)}`)].join('\n\n');
  return { slug, title: frontmatter.title, body, mdx: `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${body}\n` };
}
