/**
 * What the after-build checks need of one built page, read from the tree html-validate parses to
 * validate it: each page is parsed once, in the validation's worker thread, for both. Node runs
 * this file in that thread as it is, so it imports only packages and `.ts` files by relative path.
 */
import { HtmlValidate, Rule, type ConfigData, type DOMReadyEvent, type HtmlElement } from 'html-validate';
import { ConfigResolvedOnce } from './config-resolved-once.ts';

export interface PageReading {
  /** Every id on the page. */
  ids: string[];
  /** The ids readers link to: each question's anchor and every alias it answers to. */
  questionAnchors: string[];
  /** Every address the page makes the browser fetch or open, as written. */
  links: string[];
  /** The address the page's head names as its canonical one, if it names one. */
  canonical?: string;
  /** What readers and search engines miss in the page's head and structure. */
  shapeProblems: string[];
}

/** One thing html-validate found wrong in a page. */
export interface ValidationMessage {
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

/** A page as the checks see it: what it holds, and what html-validate says of it. */
export interface PageCheck {
  reading: PageReading;
  messages: ValidationMessage[];
}

/** The elements that make the browser fetch or open an address, and the attribute that holds it. */
const ADDRESS_ATTRIBUTE: Record<string, string> = { a: 'href', area: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', form: 'action' };

const isQuestion = (element: HtmlElement) => element.is('section') && element.classList.contains('question');

/** The page's elements in document order, each with what encloses it that the reading cares about. */
function* elementsOf(parent: HtmlElement, within: { body: boolean; question: boolean; questionChild: boolean }): Generator<[HtmlElement, typeof within]> {
  for (const element of parent.childElements) {
    yield [element, within];
    const question = isQuestion(element);
    yield* elementsOf(element, { body: within.body || element.is('body'), question: within.question || question, questionChild: question });
  }
}

/** Reads a page from the tree html-validate parsed, in one pass over its elements. */
export function readDocument(root: HtmlElement): PageReading {
  const reading: PageReading = { ids: [], questionAnchors: [], links: [], shapeProblems: [] };
  let h1s = 0;
  // Each the first on the page.
  let lang: string | undefined;
  let title: string | undefined;
  let description: string | undefined;
  for (const [element, within] of elementsOf(root, { body: false, question: false, questionChild: false })) {
    const id = element.id;
    if (id !== null) reading.ids.push(id);
    if (id !== null && ((within.question && element.is('h2')) || (within.questionChild && element.classList.contains('anchor-alias')))) reading.questionAnchors.push(id);
    const addressAttribute = ADDRESS_ATTRIBUTE[element.tagName];
    if (addressAttribute && element.hasAttribute(addressAttribute)) reading.links.push(element.getAttributeValue(addressAttribute) ?? '');
    if (element.is('h1')) h1s += 1;
    if (element.is('html')) lang ??= element.getAttributeValue('lang') ?? '';
    if (element.is('title')) title ??= element.textContent;
    if (element.is('meta') && element.getAttributeValue('name') === 'description') description ??= element.getAttributeValue('content') ?? '';
    // Only the head can name it (with its tags left out, what comes before the body): a canonical link in the body names nothing.
    const rel = element.is('link') && !within.body ? (element.getAttributeValue('rel') ?? '').toLowerCase().split(/\s+/) : [];
    if (rel.includes('canonical') && reading.canonical === undefined && element.hasAttribute('href')) reading.canonical = element.getAttributeValue('href') ?? '';
  }
  const problems = reading.shapeProblems;
  if (h1s !== 1) problems.push(`has ${h1s} h1 elements instead of exactly one`);
  if (!lang?.trim()) problems.push('has no lang on <html>');
  if (!title?.trim()) problems.push('has no title');
  if (!description?.trim()) problems.push('has no description');
  if (!URL.canParse(reading.canonical ?? '')) problems.push('has no absolute canonical URL');
  return reading;
}

/**
 * html-validate under the given configuration, reading each page as it validates it. A rule of
 * its own, which reports nothing, reads the tree the moment it is parsed.
 */
export class PageChecker {
  #validator: HtmlValidate;
  #readings = new Map<string, PageReading>();

  constructor(config: ConfigData) {
    const readings = this.#readings;
    class ReadsPage extends Rule {
      override setup(): void {
        this.on('dom:ready', ({ document, source }: DOMReadyEvent) => readings.set(source.filename, readDocument(document.root)));
      }
    }
    const withReading: ConfigData = { ...config, plugins: [...(config.plugins ?? []), { name: 'page-reading', rules: { 'page-reading/read': ReadsPage } }], rules: { ...config.rules, 'page-reading/read': 'error' } };
    this.#validator = new HtmlValidate(new ConfigResolvedOnce(withReading));
  }

  async check(html: string, file: string): Promise<PageCheck> {
    return this.#answer(await this.#validator.validateString(html, file), file);
  }

  checkSync(html: string, file: string): PageCheck {
    return this.#answer(this.#validator.validateStringSync(html, file), file);
  }

  #answer(report: ReturnType<HtmlValidate['validateStringSync']>, file: string): PageCheck {
    // A page html-validate could not parse to the end has no tree; its messages say why.
    const reading = this.#readings.get(file) ?? { ids: [], questionAnchors: [], links: [], shapeProblems: ['could not be parsed'] };
    this.#readings.delete(file);
    const messages = report.results.flatMap((result) => result.messages.map(({ line, column, message, ruleId }) => ({ line, column, message, ruleId })));
    return { reading, messages };
  }
}
