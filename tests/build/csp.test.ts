import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '@/integrations/csp';
import { builtPage, distDir } from './dist';

const htmlPages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

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
    expect(policies[0]!.properties['content']).toBe(metaPolicy());

    // A policy in a meta tag covers only what comes after it: nothing may load before it.
    const before = elements.slice(0, elements.indexOf(policies[0]!));
    expect(before.map((element) => element.tagName)).toEqual(['meta']);
    expect(before[0]!.properties['charSet']).toBeTruthy();
  });
});

test('dist/_headers sends the same policy, with framing refused, for every file', () => {
  const file = readFileSync(fileURLToPath(new URL('_headers', distDir)), 'utf8');
  expect(file).toBe(headersFile('/'));
});
