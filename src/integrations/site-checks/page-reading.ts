import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { cacheKey } from '../build-cache';

/**
 * What the after-build checks need of one built page, read from its HTML once: parsing is most of
 * their time after the validation, and a page unchanged since the last build is not read again.
 */
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

/** Everything in a page that makes the browser fetch or open an address. */
const LINKING = 'a[href], area[href], link[href], script[src], img[src], source[src], iframe[src], form[action]';

const linkAddress = (element: Element) => String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action']);
const idsIn = (tree: Root, selector: string) => selectAll(selector, tree).map((element) => String(element.properties['id']));

function shapeProblems(tree: Root, canonical: string | undefined): string[] {
  const problems: string[] = [];
  const h1s = selectAll('h1', tree).length;
  if (h1s !== 1) problems.push(`has ${h1s} h1 elements instead of exactly one`);
  if (!String(select('html', tree)?.properties['lang'] ?? '').trim()) problems.push('has no lang on <html>');
  if (!toString(select('title', tree) ?? { type: 'root', children: [] }).trim()) problems.push('has no title');
  if (!String(select('meta[name="description"]', tree)?.properties['content'] ?? '').trim()) problems.push('has no description');
  if (!URL.canParse(canonical ?? '')) problems.push('has no absolute canonical URL');
  return problems;
}

export function readPage(html: string): PageReading {
  const tree = fromHtml(html);
  // Only the head can name it: a canonical link in the body names nothing.
  const href = select('head link[rel~="canonical"]', tree)?.properties['href'];
  const canonical = href === undefined ? undefined : String(href);
  return {
    ids: idsIn(tree, '[id]'),
    questionAnchors: idsIn(tree, 'section.question h2[id], section.question > .anchor-alias[id]'),
    links: selectAll(LINKING, tree).map(linkAddress),
    ...(canonical === undefined ? {} : { canonical }),
    shapeProblems: shapeProblems(tree, canonical),
  };
}

/** What shapes every reading: this file's code, and the lock file that pins the libraries it reads with. */
export const readingKey = (lockFile: string): string => cacheKey([readFileSync(fileURLToPath(import.meta.url), 'utf8'), lockFile]);
