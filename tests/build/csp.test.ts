import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '@/integrations/csp';
import { sites } from './dist';

describe.each(sites)('$name', (site) => {
  const htmlPages = site.htmlFiles();

  test('has pages to check, every article’s among them', () => {
    expect(htmlPages.length).toBeGreaterThanOrEqual(4);
    for (const { id } of site.articles) expect(htmlPages).toContain(`articles/${id}/index.html`);
  });

  test.each(htmlPages)('%s carries the site’s policy before anything it governs', (path) => {
    const head = select('head', site.page(path).tree)!;
    const elements = head.children.filter((node): node is Element => node.type === 'element');
    const policies = elements.filter((element) => String(element.properties['httpEquiv']).toLowerCase() === 'content-security-policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]!.properties['content']).toBe(metaPolicy());

    // A policy in a meta tag covers only what comes after it: nothing may load before it.
    const before = elements.slice(0, elements.indexOf(policies[0]!));
    expect(before.map((element) => element.tagName)).toEqual(['meta']);
    expect(before[0]!.properties['charSet']).toBeTruthy();
  });

  test('_headers sends the same policy, with framing refused, for every file', () => {
    expect(site.read('_headers')).toBe(headersFile(site.base));
  });
});
