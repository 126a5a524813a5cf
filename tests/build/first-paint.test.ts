/**
 * Every page paints from its first response: its styles are in it, nothing in it holds the paint
 * back for another file, and it fits the first congestion window. Its one script file waits for
 * the paint, is small, and loads everything else (the engines' journeys and the bench see when);
 * a question's share page, a landing page with one link to follow, runs none.
 */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { INLINE_SCRIPT } from '@/layouts/inline-script';
import { PAGE_IDS } from '@/shared/page-ids';
import { budgets } from '../../bench/budgets.ts';
import { servedSize } from '../../bench/lib/weight.ts';
import { isSharePage, sites } from './dist';

/** Scripts the browser runs: a data block (JSON-LD) is not one. */
const runs = (script: Element) => ['module', 'text/javascript', ''].includes(String(script.properties['type'] ?? ''));

describe.each(sites)('$name', (site) => {
  const htmlPages = site.htmlFiles();
  /** What a host sends for a file of the site, gzipped. */
  const served = (path: string) => servedSize(`/${path}`, Buffer.from(site.read(path))).gzip;

  test('has pages to check', () => {
    expect(htmlPages.length).toBeGreaterThanOrEqual(4);
    expect(htmlPages.filter(isSharePage).length).toBeGreaterThan(0);
  });

  describe.each(htmlPages)('%s', (path) => {
    const { tree } = site.page(path);

    test('fits its first response in the first congestion window', () => {
      expect(served(path), budgets.firstResponseBytes.label).toBeLessThanOrEqual(budgets.firstResponseBytes.max);
    });

    test('carries its styles, and links no stylesheet to wait for', () => {
      expect(selectAll('head style', tree)).toHaveLength(1);
      expect(selectAll('link', tree).filter((link) => [link.properties['rel']].flat().some((rel) => ['stylesheet', 'preload', 'modulepreload'].includes(String(rel))))).toEqual([]);
    });

    if (isSharePage(path)) {
      test('runs no script, and its search box is a form that leads to the search page', () => {
        expect(selectAll('script', tree).filter(runs)).toEqual([]);
        expect(selectAll('template', tree)).toEqual([]);
        const forms = selectAll('form[role="search"]', tree);
        expect(forms.map((form) => form.properties['action'])).toEqual([`${site.base}search/`]);
        // Nothing in it promises results as the reader types.
        expect(selectAll('.search-panel, [aria-describedby]', forms[0]!)).toEqual([]);
      });
    } else {
      test('runs no script file before it paints, only its inline script, which then brings one small module that loads the rest', () => {
        expect(selectAll('head script', tree).filter(runs)).toEqual([]);
        const inline = selectAll('script:not([src])', tree).filter(runs);
        expect(inline.map((script) => toString(script))).toEqual([INLINE_SCRIPT]);
        const files = selectAll('script[src]', tree).filter(runs);
        expect(files).toEqual(selectAll(`template#${PAGE_IDS.enhancements} > script`, tree));
        expect(files.map((script) => script.properties['type'])).toEqual(['module']);
        const entry = String(files[0]!.properties['src']);
        expect(served(entry.slice(site.base.length)), budgets.entryScriptBytes.label).toBeLessThanOrEqual(budgets.entryScriptBytes.max);
      });
    }
  });
});
