import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './csp';

/** The text of each `<style>` in a page: in HTML a style's text runs to the first `</style`. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style/g)].map((match) => match[1]!);
}

/**
 * Writes `dist/_headers`, so hosts that read one send the Content-Security-Policy as a header too
 * (where, unlike in the page's `<meta>`, it can also forbid framing). The header allows the
 * stylesheets the built pages carry, read from the pages themselves.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, assets }) => {
        const pages = [...assets.values()].flat().filter((file) => file.pathname.endsWith('.html'));
        const styles = pages.flatMap((file) => inlineStyles(readFileSync(fileURLToPath(file), 'utf8')));
        writeFileSync(new URL('_headers', dir), headersFile(base, styles));
      },
    },
  };
}
