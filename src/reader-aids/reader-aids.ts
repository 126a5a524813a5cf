import type { Section } from '@/content/reading';
import { HIGHLIGHT_PARAM } from '@/search/client/highlight-param';
import { locateTerms, termLocator, type Location, type Term, type TermLocator } from './locate';
import { NAME_KINDS, type KeyDateData, type NameData, type NameKind } from './schema';

/** An entry of a data collection, as Astro gives it: only the parts used here. */
export interface DataEntry<Data> {
  id: string;
  data: Data;
}

export interface ArticleText {
  id: string;
  sections: readonly Section[];
}

export type SectionLocation = Location<Section>;

export interface LocatedName {
  id: string;
  name: string;
  locations: SectionLocation[];
}

export interface NameGroup {
  kind: NameKind;
  heading: string;
  names: LocatedName[];
}

export interface LocatedDate extends KeyDateData {
  id: string;
  locations: SectionLocation[];
}

/** A name is found under any of its forms: the ones the text uses and the ones readers use. */
const nameTerm = ({ id, data }: DataEntry<NameData>): Term => ({ id, forms: [...data.inText, ...data.aliases] });

/** One locator per names list, so a build of thousands of articles makes each name's patterns once. */
const nameLocators = new WeakMap<readonly DataEntry<NameData>[], TermLocator>();
function nameLocator(names: readonly DataEntry<NameData>[]): TermLocator {
  let locator = nameLocators.get(names);
  if (!locator) nameLocators.set(names, (locator = termLocator(names.map(nameTerm))));
  return locator;
}

/** The names an article mentions, by kind in the index's order and alphabetically within a kind. */
export function namesInArticle(sections: readonly Section[], names: readonly DataEntry<NameData>[]): NameGroup[] {
  const found = nameLocator(names)(sections);
  const located = names
    .filter((entry) => found.has(entry.id))
    .map((entry) => ({ kind: entry.data.kind, id: entry.id, name: entry.data.name, locations: found.get(entry.id)! }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return Object.entries(NAME_KINDS)
    .map(([kind, heading]) => ({
      kind: kind as NameKind,
      heading,
      names: located.filter((name) => name.kind === kind).map(({ id, name, locations }) => ({ id, name, locations })),
    }))
    .filter((group) => group.names.length > 0);
}

/** The dates an article mentions, in time order, each with where the text mentions it. */
export function keyDatesInArticle(article: ArticleText, dates: readonly DataEntry<KeyDateData>[]): LocatedDate[] {
  const own = dates.filter((entry) => entry.data.article === article.id);
  const found = locateTerms(article.sections, own.map(({ id, data }) => ({ id, forms: [data.phrase] })));
  return own
    .filter((entry) => found.has(entry.id))
    .map((entry) => ({ id: entry.id, ...entry.data, locations: found.get(entry.id)! }))
    .sort((a, b) => a.datetime.localeCompare(b.datetime));
}

/**
 * What is wrong with the names file: a name none of whose forms appears in any article, or a form
 * listed as the text's own that no article uses (it belongs with the readers' aliases).
 */
export function nameProblems(articles: readonly ArticleText[], names: readonly DataEntry<NameData>[]): string[] {
  const found = nameLocator(names)(articles.flatMap((article) => article.sections));
  return names.flatMap(({ id, data }) => {
    const locations = found.get(id);
    if (!locations) return [`"${id}": appears in no article under any of its names (${nameTerm({ id, data }).forms.join(', ')})`];
    const used = new Set(locations.flatMap((location) => location.forms));
    return data.inText
      .filter((form) => !used.has(form))
      .map((form) => `"${id}": inText lists "${form}", which no article uses; move it to aliases if readers use it but the text does not`);
  });
}

/** What is wrong with the key dates file: a date whose article does not exist or does not use its phrase. */
export function keyDateProblems(articles: readonly ArticleText[], dates: readonly DataEntry<KeyDateData>[]): string[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return dates.flatMap(({ id, data }) => {
    const article = byId.get(data.article);
    if (!article) return [`"${id}": article "${data.article}" does not exist`];
    const found = locateTerms(article.sections, [{ id, forms: [data.phrase] }]);
    return found.has(id) ? [] : [`"${id}": phrase "${data.phrase}" appears nowhere in "${data.article}"`];
  });
}

/**
 * The link to one place a term appears: the article at that question, carrying the forms found
 * there so the page marks them. Without scripts the fragment alone still opens the question.
 */
export function locationHref(articleHref: string, location: SectionLocation): string {
  const query = new URLSearchParams(location.forms.map((form) => [HIGHLIGHT_PARAM, form]));
  const fragment = location.section.anchor ? `#${location.section.anchor}` : '';
  return `${articleHref}?${query}${fragment}`;
}

/** A location's link text: short enough for a row of links ("Q2", "Intro"), and the question in full for screen readers and tooltips. */
export function locationLabel({ section }: SectionLocation): { short: string; detail: string } {
  return section.question === null
    ? { short: 'Intro', detail: 'the introduction' }
    : { short: `Q${section.number}`, detail: section.question };
}
