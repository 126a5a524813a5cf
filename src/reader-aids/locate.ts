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
 * A form as a pattern: its own letters and case, any run of spaces where it has one, and no letter
 * or digit directly before or after, so "Sikh" is not found inside another word while "Kabul’s" and
 * "Afghanistan-Pakistan" still name Kabul and Afghanistan.
 */
function formPattern(form: string): RegExp {
  const words = form.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
}

interface CompiledForm {
  termId: string;
  form: string;
  pattern: RegExp;
}

/** Every form of every term as its pattern, made once for all the sections searched. */
const compiledForms = (terms: readonly Term[]): CompiledForm[] =>
  terms.flatMap((term) => term.forms.map((form) => ({ termId: term.id, form, pattern: formPattern(form) })));

function allMatches(text: string, forms: readonly CompiledForm[]): Match[] {
  return forms.flatMap(({ termId, form, pattern }) =>
    [...text.matchAll(pattern)].map((found) => ({
      termId,
      form,
      start: found.index,
      end: found.index + found[0].length,
    })),
  );
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
