import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const distDir = new URL('../../dist/', import.meta.url);

/** Every built page, as a path inside dist/ (Pagefind's folder holds none). */
export const htmlPages = existsSync(distDir) ? readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')) : [];

/** A built page, parsed; fails plainly when the site has not been built. */
export function builtPage(path: string): { html: string; tree: Root } {
  const file = new URL(path, distDir);
  if (!existsSync(file)) throw new Error(`dist/${path} is missing: run \`npm run build\` before the build tests`);
  const html = readFileSync(file, 'utf8');
  return { html, tree: fromHtml(html) };
}
