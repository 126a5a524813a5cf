/**
 * The site's Content-Security-Policy, in one place: the page's `<meta>` tag and the `_headers`
 * file for hosts that read one both come from here.
 *
 * Everything the site needs is on its own origin. Scripts are external files that Astro bundles,
 * and search is Pagefind, which compiles its WebAssembly (hence `'wasm-unsafe-eval'`, never
 * `'unsafe-eval'`) and fetches its index, all from the same origin. What a page carries inline,
 * so that it paints from its first response without a second round trip, is its stylesheet and
 * the one small script that holds the others back until it has painted; the policy allows
 * exactly those by their hashes (never `'unsafe-inline'`), and nothing else inline.
 */
import { createHash } from 'node:crypto';
import { joinBase } from '@/shared/paths';

type Directives = Readonly<Record<string, readonly string[]>>;

const DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Browsers ignore these in a `<meta>` tag (and warn about them), so only the header carries them. */
const HEADER_ONLY: Directives = {
  'frame-ancestors': ["'none'"],
};

/** The stylesheets and scripts a page carries in its HTML, each as its exact text. */
export interface InlineCode {
  styles: readonly string[];
  scripts: readonly string[];
}

/** The source that allows one inline stylesheet or script, by the SHA-256 of its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

const hashSources = (texts: readonly string[]) => [...new Set(texts.map(hashSource))];

/** The directives, allowing these inline stylesheets and scripts and no others. */
function withInline(directives: Directives, inline: InlineCode): Directives {
  const styles = hashSources(inline.styles);
  // A page's script files come only by its inline script, so a page without one runs no script at all.
  return {
    ...directives,
    'script-src': inline.scripts.length > 0 ? [...directives['script-src']!, ...hashSources(inline.scripts)] : ["'none'"],
    'style-src': styles.length > 0 ? styles : ["'none'"],
  };
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` of a page with this inline code. */
export function metaPolicy(inline: InlineCode): string {
  return serialize(withInline(DIRECTIVES, inline));
}

/**
 * The policy sent as an HTTP header, where a page can also refuse to be framed. One header serves
 * every page, so it allows every page's inline code (a page is held to both policies at once).
 */
export function headerPolicy(inline: InlineCode): string {
  return serialize(withInline({ ...DIRECTIVES, ...HEADER_ONLY }, inline));
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends the policy with
 * every file under the site's base path.
 */
export function headersFile(base: string, inline: InlineCode): string {
  return `${joinBase(base, '*')}\n  Content-Security-Policy: ${headerPolicy(inline)}\n`;
}
