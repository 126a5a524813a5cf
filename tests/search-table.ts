/**
 * What forgiving search promises readers of the IS-K interview, as data: misspellings readers make
 * of words they have heard, and other names they know the groups and places by, each with the
 * question it must lead to. The unit tests check the corrections and expansions against the
 * content; the build tests run every row through the site's search over the built index and
 * lexicon (`tests/build/search-tables.test.ts`); the browser tests run a few rows through the page.
 *
 * Each misspelt word was chosen because the article uses it in one answer only, so the question it
 * must lead to follows from the text. Each alias leads to the answer that uses the name most (or
 * to the question about it, "What is IS-K?", for IS-K's other names).
 */
export interface Misspelling {
  typed: string;
  /** The word as the article writes it. */
  meant: string;
  /** The anchor of the question the first result must open. */
  question: string;
}

export interface Alias {
  typed: string;
  /** The name's id in `content/names.yaml`. */
  name: string;
  question: string;
}

export const MISSPELLINGS: readonly Misspelling[] = [
  { typed: 'Nangahar', meant: 'Nangarhar', question: 'background' },
  { typed: 'Nangarharr', meant: 'Nangarhar', question: 'background' },
  { typed: 'nagnarhar', meant: 'Nangarhar', question: 'background' },
  { typed: 'Uzbekstan', meant: 'Uzbekistan', question: 'background' },
  { typed: 'Uzebkistan', meant: 'Uzbekistan', question: 'background' },
  { typed: 'Hazzara', meant: 'Hazara', question: 'aims-and-tactics' },
  { typed: 'Hazra', meant: 'Hazara', question: 'aims-and-tactics' },
  { typed: 'Uzbékstan', meant: 'Uzbekistan', question: 'background' },
  { typed: 'Khorason', meant: 'Khorasan', question: 'what-is-is-k' },
  { typed: 'Korasan', meant: 'Khorasan', question: 'what-is-is-k' },
  { typed: 'beechhead', meant: 'beachhead', question: 'aims-and-tactics' },
  { typed: 'jihadsit', meant: 'jihadist', question: 'aims-and-tactics' },
  { typed: 'infrastucture', meant: 'infrastructure', question: 'aims-and-tactics' },
  { typed: 'journalsts', meant: 'journalists', question: 'aims-and-tactics' },
  { typed: 'stronghld', meant: 'stronghold', question: 'background' },
  { typed: 'stronhgold', meant: 'stronghold', question: 'background' },
  { typed: 'militnats', meant: 'militants', question: 'background' },
  { typed: 'poched', meant: 'poached', question: 'background' },
  { typed: 'recriuts', meant: 'recruits', question: 'background' },
  { typed: 'deadlist', meant: 'deadliest', question: 'what-is-is-k' },
  { typed: 'surender', meant: 'surrender', question: 'what-is-is-k' },
  { typed: 'coalitoin', meant: 'coalition', question: 'what-is-is-k' },
  { typed: 'Economcis', meant: 'Economics', question: 'what-is-is-k' },
  { typed: 'nationalsts', meant: 'nationalists', question: 'relationship-with-the-taliban' },
  { typed: 'filty', meant: 'filthy', question: 'relationship-with-the-taliban' },
  { typed: 'boundries', meant: 'boundaries', question: 'relationship-with-the-taliban' },
  { typed: 'inceptoin', meant: 'inception', question: 'relationship-with-the-taliban' },
  { typed: 'manpowr', meant: 'manpower', question: 'relationship-with-the-taliban' },
  { typed: 'withdrawl', meant: 'withdrawal', question: 'threat' },
  { typed: 'comebak', meant: 'comeback', question: 'threat' },
  { typed: 'reconstitue', meant: 'reconstitute', question: 'threat' },
  { typed: 'assasinate', meant: 'assassinate', question: 'threat' },
  { typed: 'intelligance', meant: 'intelligence', question: 'threat' },
];

export const ALIASES: readonly Alias[] = [
  { typed: 'TTP', name: 'pakistani-taliban', question: 'background' },
  { typed: 'Tehrik-i-Taliban Pakistan', name: 'pakistani-taliban', question: 'background' },
  { typed: 'IMU', name: 'islamic-movement-of-uzbekistan', question: 'background' },
  { typed: 'Daesh', name: 'islamic-state', question: 'what-is-is-k' },
  { typed: 'ISIL', name: 'islamic-state', question: 'what-is-is-k' },
  { typed: 'Islamic State of Iraq and the Levant', name: 'islamic-state', question: 'what-is-is-k' },
  { typed: 'Daesh Khorasan', name: 'is-k', question: 'what-is-is-k' },
  { typed: 'ISIS-Khorasan', name: 'is-k', question: 'what-is-is-k' },
  { typed: 'Wilayat Khorasan', name: 'is-k', question: 'what-is-is-k' },
  { typed: 'ISIL-K', name: 'is-k', question: 'what-is-is-k' },
  { typed: 'Ningrahar', name: 'nangarhar', question: 'background' },
  { typed: 'Nangrahar', name: 'nangarhar', question: 'background' },
  { typed: 'GTI', name: 'global-terrorism-index', question: 'what-is-is-k' },
  { typed: 'IEP', name: 'institute-for-economics-and-peace', question: 'what-is-is-k' },
  { typed: 'al-Qaeda', name: 'al-qaida', question: 'background' },
  { typed: 'Taleban', name: 'afghan-taliban', question: 'relationship-with-the-taliban' },
  { typed: 'Islamic Emirate of Afghanistan', name: 'afghan-taliban', question: 'relationship-with-the-taliban' },
];

/** A word or phrase as typed, and as the article writes it where the result leads: what the excerpt and the page must mark. */
export interface MarkedWord {
  typed: string;
  written: string;
  /** The question whose result is checked. */
  question: string;
}

/**
 * Words Pagefind reads differently from the way the text writes them (thousands separators, inner
 * hyphens, apostrophes, a quoted phrase), each typed as a reader might: the result for the
 * question must mark the word as written, in its excerpt and on the page it opens.
 */
export const MARKED_WORDS: readonly MarkedWord[] = [
  { typed: '1,400', written: '1,400', question: 'what-is-is-k' },
  { typed: '1400', written: '1,400', question: 'what-is-is-k' },
  { typed: 'al-Qaida', written: 'al-Qaida’s', question: 'background' },
  { typed: 'Qaida', written: 'al-Qaida’s', question: 'background' },
  { typed: 'US-led', written: 'US-led', question: 'what-is-is-k' },
  { typed: 'rank-and-file', written: 'rank-and-file', question: 'what-is-is-k' },
  { typed: 'land-mine', written: 'land-mine', question: 'threat' },
  { typed: 'Afghanistan’s', written: 'Afghanistan’s', question: 'aims-and-tactics' },
  { typed: "Afghanistan's", written: 'Afghanistan’s', question: 'background' },
  { typed: 'ISIS-K', written: 'ISIS-K', question: 'aims-and-tactics' },
  { typed: '"tribal areas"', written: 'tribal areas', question: 'background' },
  { typed: '“Khorasan Province”', written: 'Khorasan Province', question: 'what-is-is-k' },
];
