/**
 * Code shipped to the browser lives in `client/` folders (and runtime-neutral helpers in
 * `src/shared/`). It may import only other such code: never build-side modules (Citation.js,
 * the canvas, Node's own modules), which would either fail in the browser or ship megabytes to it.
 * Type-only imports are erased before anything ships, so they may name any module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = join(import.meta.dirname, '../../../src');

const sourceFiles = (readdirSync(src, { recursive: true }) as string[]).filter((file) => /\.(ts|astro)$/.test(file));
const isBrowserSide = (file: string) => /(^|\/)client\//.test(file) || file.startsWith('shared/');

/** The modules a file imports at run time, as paths inside `src/` (or the package or `node:` name). */
function runtimeImports(file: string, code: string): string[] {
  const specifiers = [
    ...code.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) => {
    if (specifier.startsWith('@/')) return specifier.slice(2);
    if (specifier.startsWith('.')) return relative(src, join(src, dirname(file), specifier));
    return specifier;
  });
}

/** The `<script>` blocks of a component: what the browser runs. */
const scriptsOf = (astro: string) => [...astro.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join('\n');

describe('browser code imports only browser code', () => {
  const browserFiles = sourceFiles.filter((file) => file.endsWith('.ts') && isBrowserSide(file));

  test('there is browser code to check', () => {
    expect(browserFiles.length).toBeGreaterThan(10);
  });

  test.each(browserFiles)('%s', (file) => {
    const imports = runtimeImports(file, readFileSync(join(src, file), 'utf8'));
    expect(imports.filter((imported) => !isBrowserSide(imported))).toEqual([]);
  });

  test.each(sourceFiles.filter((file) => file.endsWith('.astro')))('the scripts of %s', (file) => {
    const imports = runtimeImports(file, scriptsOf(readFileSync(join(src, file), 'utf8')));
    expect(imports.filter((imported) => !isBrowserSide(imported))).toEqual([]);
  });
});
