/**
 * What the site's contract (SPEC.md, summarised in the README) promises readers, as data the tests hold the site to. Kept apart from the
 * content on purpose: a change to the content that breaks a promise must fail a test.
 */
export const ARTICLE_PATH = 'articles/what-is-isis-k/';

export interface Question {
  anchor: string;
  text: string;
}

export const QUESTIONS: readonly Question[] = [
  { anchor: 'what-is-is-k', text: 'What is IS-K?' },
  { anchor: 'background', text: 'Can you tell us a little more about the group’s background?' },
  { anchor: 'aims-and-tactics', text: 'What are its aims and tactics?' },
  { anchor: 'relationship-with-the-taliban', text: 'What relationship does IS-K have with the Taliban?' },
  { anchor: 'threat', text: 'How much of a threat is IS-K in Afghanistan and to the international community?' },
];
