import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '@/integrations/csp';
import { builtPage, distDir, htmlPages } from './dist';

/** A page's stylesheets, as the browser hashes them: the text of each `<style>`. */
const stylesOf = (path: string) => selectAll('style', builtPage(path).tree).map((style) => toString(style));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
const styleSources = (policy: string) => policy.split(';').map((directive) => directive.trim().split(/\s+/)).find(([name]) => name === 'style-src')?.slice(1);

test('the build has pages to check', () => {
  expect(htmlPages.length).toBeGreaterThanOrEqual(4);
});

describe.each(htmlPages)('dist/%s', (path) => {
  test('carries the site’s policy before anything it governs', () => {
    const { tree } = builtPage(path);
    const head = select('head', tree)!;
    const elements = head.children.filter((node): node is Element => node.type === 'element');
    const policies = elements.filter((element) => String(element.properties['httpEquiv']).toLowerCase() === 'content-security-policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]!.properties['content']).toBe(metaPolicy(stylesOf(path)));

    // A policy in a meta tag covers only what comes after it: nothing may load before it.
    const before = elements.slice(0, elements.indexOf(policies[0]!));
    expect(before.map((element) => element.tagName)).toEqual(['meta']);
    expect(before[0]!.properties['charSet']).toBeTruthy();
  });

  test('allows exactly the stylesheets the page carries, by their hashes', () => {
    const policy = String(select('meta[http-equiv="Content-Security-Policy"]', builtPage(path).tree)!.properties['content']);
    expect(styleSources(policy)).toEqual(stylesOf(path).map(sha256));
  });
});

test('dist/_headers sends the same policy, with framing refused, allowing every page’s stylesheets', () => {
  const file = readFileSync(fileURLToPath(new URL('_headers', distDir)), 'utf8');
  const styles = htmlPages.flatMap(stylesOf);
  expect(file).toBe(headersFile('/', styles));
  expect(styleSources(file.split('Content-Security-Policy: ')[1]!.trim())).toEqual([...new Set(styles.map(sha256))]);
});
