import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile, type InlineCode } from './csp';
import type { BuiltSiteReading } from './site-checks/built-site';

/**
 * The text of each `<style>` and each inline `<script>` of a page as the site builds them, with no
 * attributes (a data block such as JSON-LD has its `type`, and runs nothing). In HTML their text
 * runs to the first `</style` or `</script`.
 */
export function inlineCode(html: string): InlineCode {
  const texts = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}`, 'g'))].map((match) => match[1]!);
  return { styles: texts('style'), scripts: texts('script') };
}

/**
 * Writes `dist/_headers`, so hosts that read one send the Content-Security-Policy as a header too
 * (where, unlike in the page's `<meta>`, it can also forbid framing). The header allows the
 * stylesheets and scripts the built pages carry inline, read from the pages themselves.
 */
export default function securityHeaders(builtSite: BuiltSiteReading): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const inline = (await builtSite.site(dir)).pages.map((page) => inlineCode(page.html));
        const every = (kind: keyof InlineCode) => inline.flatMap((page) => page[kind]);
        writeFileSync(new URL('_headers', dir), headersFile(base, { styles: every('styles'), scripts: every('scripts') }));
      },
    },
  };
}
