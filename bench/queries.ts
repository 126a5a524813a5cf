/**
 * The fixed queries every search measurement types, in this order: single words, phrases, names,
 * partial words (as a reader sees them mid-typing) and misses. The first is the one the budget
 * names; the others are measured both as the first search of a visit and as later ones.
 */
/** The budget's query: a place named in one answer only, the background question's. */
export const BUDGET_QUERY = { text: 'Nangarhar', anchor: 'background' } as const;

export const QUERIES: readonly string[] = [
  BUDGET_QUERY.text,
  // Single words
  'Taliban',
  'Afghanistan',
  'Pakistan',
  'airport',
  'attack',
  'recruits',
  'rivalry',
  'territory',
  'threat',
  'minority',
  // Phrases
  'Islamic State',
  'suicide bomb',
  'Kabul airport',
  'foreign fighters',
  'international community',
  'Haqqani network',
  // Names
  'Biden',
  'Jadoon',
  'Mines',
  'ISKP',
  'Khorasan',
  'Al-Qaida',
  // Partial words
  'Tali',
  'Afgh',
  'terror',
  'recru',
  'Khora',
  // Misses
  'submarine',
  'zxqwv',
  'photosynthesis',
];
