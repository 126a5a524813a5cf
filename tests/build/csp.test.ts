import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '@/integrations/csp';
import { sites } from './dist';

/** A page's stylesheets, as the browser hashes them: the text of each `<style>`. */
const stylesOf = (tree: Root) => selectAll('style', tree).map((style) => toString(style));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
const styleSources = (policy: string) => policy.split(';').map((directive) => directive.trim().split(/\s+/)).find(([name]) => name === 'style-src')?.slice(1);

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
      expect(policies[0]!.properties['content']).toBe(metaPolicy(stylesOf(tree)));

      // A policy in a meta tag covers only what comes after it: nothing may load before it.
      const before = elements.slice(0, elements.indexOf(policies[0]!));
      expect(before.map((element) => element.tagName)).toEqual(['meta']);
      expect(before[0]!.properties['charSet']).toBeTruthy();
    });

    test('allows exactly the stylesheets the page carries, by their hashes', () => {
      const { tree } = site.page(path);
      const policy = String(select('meta[http-equiv="Content-Security-Policy"]', tree)!.properties['content']);
      expect(styleSources(policy)).toEqual(stylesOf(tree).map(sha256));
    });
  });

  test('_headers sends the same policy, with framing refused, allowing every page’s stylesheets', () => {
    const file = site.read('_headers');
    const styles = htmlPages.flatMap((path) => stylesOf(site.page(path).tree));
    expect(file).toBe(headersFile(site.base, styles));
    expect(styleSources(file.split('Content-Security-Policy: ')[1]!.trim())).toEqual([...new Set(styles.map(sha256))]);
  });
});
