import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '@/integrations/csp';
import { isSharePage, sites } from './dist';

/** A page's inline code, as the browser hashes it: the text of each `<style>`, and of each script that runs and has no file. */
const inlineOf = (tree: Root) => ({
  styles: selectAll('style', tree).map((style) => toString(style)),
  scripts: selectAll('script:not([src]):not([type="application/ld+json"])', tree).map((script) => toString(script)),
});
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
const sources = (policy: string, directive: string) => policy.split(';').map((part) => part.trim().split(/\s+/)).find(([name]) => name === directive)?.slice(1);
/** What every page's scripts may be besides its inline ones: the site's own files, and Pagefind's WebAssembly. */
const SCRIPT_FILES = ["'self'", "'wasm-unsafe-eval'"];

describe.each(sites)('$name', (site) => {
  const htmlPages = site.htmlFiles();

  test('has pages to check, every article’s among them', () => {
    expect(htmlPages.length).toBeGreaterThanOrEqual(4);
    for (const { id } of site.articles) expect(htmlPages).toContain(`articles/${id}/index.html`);
  });

  describe.each(htmlPages)('%s', (path) => {
    test('carries the site’s policy before anything it governs', () => {
      const { tree } = site.page(path);
      const head = select('head', tree)!;
      const elements = head.children.filter((node): node is Element => node.type === 'element');
      const policies = elements.filter((element) => String(element.properties['httpEquiv']).toLowerCase() === 'content-security-policy');
      expect(policies).toHaveLength(1);
      expect(policies[0]!.properties['content']).toBe(metaPolicy(inlineOf(tree)));

      // A policy in a meta tag covers only what comes after it: nothing may load before it.
      const before = elements.slice(0, elements.indexOf(policies[0]!));
      expect(before.map((element) => element.tagName)).toEqual(['meta']);
      expect(before[0]!.properties['charSet']).toBeTruthy();
    });

    test('allows exactly the stylesheets and scripts the page carries inline, by their hashes', () => {
      const { tree } = site.page(path);
      const policy = String(select('meta[http-equiv="Content-Security-Policy"]', tree)!.properties['content']);
      const inline = inlineOf(tree);
      expect(inline.scripts.length).toBe(isSharePage(path) ? 0 : 1);
      expect(sources(policy, 'style-src')).toEqual(inline.styles.map(sha256));
      // A page without its inline script runs nothing, so its policy allows no script at all.
      expect(sources(policy, 'script-src')).toEqual(inline.scripts.length > 0 ? [...SCRIPT_FILES, ...inline.scripts.map(sha256)] : ["'none'"]);
    });
  });

  test('_headers sends the same policy, with framing refused, allowing every page’s inline code', () => {
    const file = site.read('_headers');
    const pages = htmlPages.map((path) => inlineOf(site.page(path).tree));
    const styles = pages.flatMap((page) => page.styles);
    const scripts = pages.flatMap((page) => page.scripts);
    expect(file).toBe(headersFile(site.base, { styles, scripts }));
    const policy = file.split('Content-Security-Policy: ')[1]!.trim();
    expect(sources(policy, 'style-src')).toEqual([...new Set(styles.map(sha256))]);
    expect(sources(policy, 'script-src')).toEqual([...SCRIPT_FILES, ...new Set(scripts.map(sha256))]);
  });
});
