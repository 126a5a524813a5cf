import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const distDir = new URL('../../dist/', import.meta.url);

/** A built page, parsed; fails plainly when the site has not been built. */
export function builtPage(path: string): { html: string; tree: Root } {
  const file = new URL(path, distDir);
  if (!existsSync(file)) throw new Error(`dist/${path} is missing: run \`npm run build\` before the build tests`);
  const html = readFileSync(file, 'utf8');
  return { html, tree: fromHtml(html) };
}
