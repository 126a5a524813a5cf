import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { headerPolicy, headersFile, metaPolicy } from '@/integrations/csp';

/** Two stylesheets as pages carry them, one of them twice, with text outside ASCII; and a script, twice. */
const STYLES = ['a{color:red}', "summary::after{content:' ▾'/''}", 'a{color:red}'];
const SCRIPTS = ['{let shown=false}', '{let shown=false}'];
const INLINE = { styles: STYLES, scripts: SCRIPTS };
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

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
  ['meta tag', metaPolicy(INLINE)],
  ['header', headerPolicy(INLINE)],
])('the policy in the %s', (_, policy) => {
  const directives = parse(policy);

  test('allows nothing by default but the site itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  test('gives no directive a source beyond the site itself, except WebAssembly for search and its own inline code', () => {
    for (const [name, sources] of directives) {
      for (const source of sources.filter((source) => !source.startsWith("'sha256-"))) {
        expect(UNSAFE, `${name} allows ${source}`).not.toContain(source);
        expect(["'self'", "'none'", "'wasm-unsafe-eval'"], `${name} allows ${source}`).toContain(source);
      }
    }
  });

  test('runs the site’s script files and its inline script, and lets only scripts compile WebAssembly, for Pagefind', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256(SCRIPTS[0]!)]);
    const wasm = [...directives].filter(([, sources]) => sources.includes("'wasm-unsafe-eval'")).map(([name]) => name);
    expect(wasm).toEqual(['script-src']);
  });

  test('allows exactly the inline stylesheets of its pages, by their hashes, and no stylesheet file', () => {
    expect(directives.get('style-src')).toEqual([sha256(STYLES[0]!), sha256(STYLES[1]!)]);
  });

  test('closes what default-src does not cover', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
  });
});

test('framing is refused in the header, and left out of the meta tag, where browsers ignore it', () => {
  expect(parse(headerPolicy(INLINE)).get('frame-ancestors')).toEqual(["'none'"]);
  expect(parse(metaPolicy(INLINE)).has('frame-ancestors')).toBe(false);
});

test('a page without a stylesheet allows none, and without an inline script, which brings its files, runs none', () => {
  const policy = parse(metaPolicy({ styles: [], scripts: [] }));
  expect(policy.get('style-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).toEqual(["'none'"]);
});

test.each([
  ['/', '/*'],
  ['/isk/', '/isk/*'],
  ['/isk', '/isk/*'],
])('the _headers file for base %s applies the header policy to %s', (base, pattern) => {
  // Netlify and Cloudflare Pages: a path pattern at the start of a line, then indented "Name: value" lines.
  const [first, ...rest] = headersFile(base, INLINE).trimEnd().split('\n');
  expect(first).toBe(pattern);
  expect(rest).toEqual([`  Content-Security-Policy: ${headerPolicy(INLINE)}`]);
});
