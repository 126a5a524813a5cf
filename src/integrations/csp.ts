/**
 * The site's Content-Security-Policy, in one place: the page's `<meta>` tag and the `_headers`
 * file for hosts that read one both come from here.
 *
 * Everything the site needs is on its own origin. Scripts are external files (Astro bundles them;
 * nothing runs inline), styles are external stylesheets, and search is Pagefind, which compiles
 * its WebAssembly (hence `'wasm-unsafe-eval'`, never `'unsafe-eval'`) and fetches its index, all
 * from the same origin.
 */
import { joinBase } from '@/shared/paths';

type Directives = Readonly<Record<string, readonly string[]>>;

const DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
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

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export function metaPolicy(): string {
  return serialize(DIRECTIVES);
}

/** The policy sent as an HTTP header, where a page can also refuse to be framed. */
export function headerPolicy(): string {
  return serialize({ ...DIRECTIVES, ...HEADER_ONLY });
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends the policy with
 * every file under the site's base path.
 */
export function headersFile(base: string): string {
  return `${joinBase(base, '*')}\n  Content-Security-Policy: ${headerPolicy()}\n`;
}
