import { describe, expect, test } from 'vitest';
import { headerPolicy, headersFile, metaPolicy } from '@/integrations/csp';

/** A policy as the CSP specification parses it: directive name → its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Sources that would let a page run or load something it did not ship itself. */
const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'http:', 'https:', 'data:', 'blob:'];

describe.each([
  ['meta tag', metaPolicy()],
  ['header', headerPolicy()],
])('the policy in the %s', (_, policy) => {
  const directives = parse(policy);

  test('allows nothing by default but the site itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  test('gives no directive a source beyond the site itself, except WebAssembly for search', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(UNSAFE, `${name} allows ${source}`).not.toContain(source);
        expect(["'self'", "'none'", "'wasm-unsafe-eval'"], `${name} allows ${source}`).toContain(source);
      }
    }
  });

  test('lets only scripts compile WebAssembly, for Pagefind', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const wasm = [...directives].filter(([, sources]) => sources.includes("'wasm-unsafe-eval'")).map(([name]) => name);
    expect(wasm).toEqual(['script-src']);
  });

  test('closes what default-src does not cover', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
  });
});

test('framing is refused in the header, and left out of the meta tag, where browsers ignore it', () => {
  expect(parse(headerPolicy()).get('frame-ancestors')).toEqual(["'none'"]);
  expect(parse(metaPolicy()).has('frame-ancestors')).toBe(false);
});

test.each([
  ['/', '/*'],
  ['/isk/', '/isk/*'],
  ['/isk', '/isk/*'],
])('the _headers file for base %s applies the header policy to %s', (base, pattern) => {
  // Netlify and Cloudflare Pages: a path pattern at the start of a line, then indented "Name: value" lines.
  const [first, ...rest] = headersFile(base).trimEnd().split('\n');
  expect(first).toBe(pattern);
  expect(rest).toEqual([`  Content-Security-Policy: ${headerPolicy()}`]);
});
