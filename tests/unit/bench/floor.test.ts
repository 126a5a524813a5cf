import { expect, test } from 'vitest';
import { floorPage } from '../../../bench/lib/floor.ts';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="style-src 'sha256-x'"><title>An interview</title><style>p{color:red}</style><link rel="stylesheet" href="/a.css"><script type="application/ld+json">{}</script></head><body><main><h2 id="q">What is it?</h2><p>The answer, <a href="#q">linked</a>.</p></main><script type="module" src="/_astro/entry.js"></script></body></html>`;

test('keeps the text, its headings, anchors and links', () => {
  const floor = floorPage(page);
  expect(floor).toContain('<title>An interview</title>');
  expect(floor).toContain('<h2 id="q">What is it?</h2><p>The answer, <a href="#q">linked</a>.</p>');
});

test('drops every style, script and stylesheet link, and the policy that allowed them', () => {
  const floor = floorPage(page);
  for (const gone of ['<style', '<script', 'stylesheet', 'Content-Security-Policy']) expect(floor).not.toContain(gone);
});
