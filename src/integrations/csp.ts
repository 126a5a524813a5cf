/**
 * The site's Content-Security-Policy, in one place: the page's `<meta>` tag and the `_headers`
 * file for hosts that read one both come from here.
 *
 * Everything the site needs is on its own origin. Scripts are external files (Astro bundles them;
 * nothing runs inline), and search is Pagefind, which compiles its WebAssembly (hence
 * `'wasm-unsafe-eval'`, never `'unsafe-eval'`) and fetches its index, all from the same origin.
 * Styles are the one exception to "external files": each page carries its stylesheet in a
 * `<style>`, so it paints from its first response without a second round trip, and the policy
 * allows exactly those stylesheets by their hashes (never `'unsafe-inline'`), and no others.
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

/** The source that allows one inline stylesheet, by the SHA-256 of its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The directives, with `style-src` allowing these inline stylesheets and nothing else. */
function withStyles(directives: Directives, inlineStyles: readonly string[]): Directives {
  const hashes = [...new Set(inlineStyles.map(hashSource))];
  return { ...directives, 'style-src': hashes.length > 0 ? hashes : ["'none'"] };
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` of a page with these inline stylesheets. */
export function metaPolicy(inlineStyles: readonly string[]): string {
  return serialize(withStyles(DIRECTIVES, inlineStyles));
}

/**
 * The policy sent as an HTTP header, where a page can also refuse to be framed. One header serves
 * every page, so it allows every page's stylesheets (a page is held to both policies at once).
 */
export function headerPolicy(inlineStyles: readonly string[]): string {
  return serialize(withStyles({ ...DIRECTIVES, ...HEADER_ONLY }, inlineStyles));
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends the policy with
 * every file under the site's base path.
 */
export function headersFile(base: string, inlineStyles: readonly string[]): string {
  return `${joinBase(base, '*')}\n  Content-Security-Policy: ${headerPolicy(inlineStyles)}\n`;
}
