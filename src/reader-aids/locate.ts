/** Something to find in a text under any of its forms: a name and its aliases, or a date's phrase. */
export interface Term {
  id: string;
  forms: readonly string[];
}

/** Where a term was found: the section, and which of the term's forms it uses there, in first-use order. */
export interface Location<Section> {
  section: Section;
  forms: string[];
}

interface Match {
  termId: string;
  form: string;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A form as a pattern: its own letters and case, and any run of spaces where it has one. Whether a
 * letter or digit touches it is checked apart (`wholeWord`): patterns that start with a Unicode
 * look-behind cannot be searched for by their first letters, and each took milliseconds to compile.
 */
function formPattern(form: string): RegExp {
  return new RegExp(form.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'gu');
}

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/**
 * No letter or digit directly before or after, so "Sikh" is not found inside another word while
 * "Kabul’s" and "Afghanistan-Pakistan" still name Kabul and Afghanistan. Two code units on each side
 * hold a whole character, even one outside the Basic Multilingual Plane.
 */
const wholeWord = (text: string, start: number, end: number): boolean =>
  !LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2));

interface CompiledForm {
  termId: string;
  form: string;
  pattern: RegExp;
}

/** Every form of every term as its pattern, made once for all the sections searched. */
const compiledForms = (terms: readonly Term[]): CompiledForm[] =>
  terms.flatMap((term) => term.forms.map((form) => ({ termId: term.id, form, pattern: formPattern(form) })));

function allMatches(text: string, forms: readonly CompiledForm[]): Match[] {
  const matches: Match[] = [];
  for (const { termId, form, pattern } of forms) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      const [start, end] = [found.index, found.index + found[0].length];
      if (wholeWord(text, start, end)) matches.push({ termId, form, start, end });
      // Inside a longer word: the form may still begin at the next character.
      else pattern.lastIndex = start + 1;
    }
  }
  return matches;
}

/**
 * Reads a text the way a reader does: at each place the longest form wins and what it covers is
 * read once, so "Pakistani Taliban" is the Pakistani Taliban and not also the bare "Taliban", and
 * "ISIS-K" is IS-K and not also ISIS.
 */
function longestMatches(matches: Match[]): Match[] {
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const match of ordered) {
    if (match.start >= (kept.at(-1)?.end ?? 0)) kept.push(match);
  }
  return kept;
}

/** Finds terms in any sections given to it; each form's pattern is made once, for every text searched. */
export type TermLocator = <Section extends { text: string }>(sections: readonly Section[]) => Map<string, Location<Section>[]>;

/**
 * Finds where each term appears in the sections, in section order. Matching is case-sensitive, since
 * names are proper nouns and acronyms ("IS" must not match "is"). A term found nowhere is absent
 * from the result.
 */
export function termLocator(terms: readonly Term[]): TermLocator {
  const forms = compiledForms(terms);
  return <Section extends { text: string }>(sections: readonly Section[]) => {
    const found = new Map<string, Location<Section>[]>();
    for (const section of sections) {
      const inSection = new Map<string, Location<Section>>();
      for (const match of longestMatches(allMatches(section.text, forms))) {
        const location = inSection.get(match.termId) ?? { section, forms: [] };
        if (!location.forms.includes(match.form)) location.forms.push(match.form);
        inSection.set(match.termId, location);
      }
      for (const [termId, location] of inSection) found.set(termId, [...(found.get(termId) ?? []), location]);
    }
    return found;
  };
}

export const locateTerms = <Section extends { text: string }>(sections: readonly Section[], terms: readonly Term[]): Map<string, Location<Section>[]> =>
  termLocator(terms)(sections);
