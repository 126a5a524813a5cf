import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cached, cacheKey, makeAhead } from '@/integrations/build-cache';
import type { CitationItem, CitationStyle } from './citation';
import citationCode from './citation.ts?raw';
import { CSL_STYLES } from './csl-styles';
import type { FormattedReference } from './formatting';
import formattingCode from './formatting.ts?raw';
import { referenceWorkers } from './reference-workers';

/**
 * What Citation.js makes of an article, kept in the build cache: its citation files and its
 * references in each style. Each is made once for as long as nothing it is made from changes;
 * a build of thousands of articles would otherwise start Citation.js's style engine again for
 * each edited one (most of a second) and format every reference of every article anew.
 */

/** Citation.js, started only for an output the cache does not hold. */
const formatting = () =>
  import('./formatting').then((formatting) => {
    formatting.addStyles(CSL_STYLES);
    return formatting;
  });

/** The reference as a file for reference managers, beside the article: `cite.bib` and `cite.ris`. */
export const citationFormats = {
  bib: { type: 'application/x-bibtex', write: async (item: CitationItem) => (await formatting()).bibtex(item) },
  ris: { type: 'application/x-research-info-systems', write: async (item: CitationItem) => (await formatting()).ris(item) },
} satisfies Record<string, { type: string; write: (item: CitationItem) => Promise<string> }>;

export type CitationFormat = keyof typeof citationFormats;

const require = createRequire(import.meta.url);

/** A package's version, read beside its entry point: some packages do not export their package.json. */
function versionOf(name: string): string {
  const entry = require.resolve(name);
  const root = entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length);
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The libraries whose output is kept: Citation.js and its style engine, and what reads a reference's text from its HTML. */
const LIBRARIES = ['@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-csl', '@citation-js/plugin-ris', 'citeproc', 'hast-util-from-html', 'hast-util-to-string']
  .map((name) => `${name} ${versionOf(name)}`)
  .join(', ');

/**
 * Everything an output is made from: what it is (a format, a style), the item, the code that
 * writes it, the styles the site brings, and the libraries' versions.
 */
export const citationOutputKey = (output: string, item: CitationItem): string =>
  cacheKey([output, JSON.stringify(item), citationCode, formattingCode, ...Object.values(CSL_STYLES), LIBRARIES]);

/** The file's text, ending in one newline. */
export async function citationFile(item: CitationItem, format: CitationFormat): Promise<Uint8Array> {
  return cached('citation files', citationOutputKey(format, item), async () => Buffer.from((await citationFormats[format].write(item)).replace(/\n*$/, '\n')));
}

const REFERENCES = 'references';
const referenceKey = (item: CitationItem, style: CitationStyle) => citationOutputKey(`reference ${style.id}`, item);

/** The reference in one style, as `formatReference` gives it, as the cache keeps it: in the build's reference worker, or here. */
async function formattedReference(item: CitationItem, style: CitationStyle): Promise<Uint8Array> {
  const workers = referenceWorkers.pool();
  return Buffer.from(JSON.stringify(await (workers ? workers.run({ item, style }) : (await formatting()).formatReference(item, style))));
}

export async function reference(item: CitationItem, style: CitationStyle): Promise<FormattedReference> {
  const bytes = await cached(REFERENCES, referenceKey(item, style), () => formattedReference(item, style));
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as FormattedReference;
}

/** Starts formatting the reference in the build's reference worker, unless the cache holds it, for a page that will ask for it. */
export function formatAhead(item: CitationItem, style: CitationStyle): void {
  if (!referenceWorkers.pool()) return;
  // A reference that fails here fails again in its page, which reports it.
  makeAhead(REFERENCES, referenceKey(item, style), () => formattedReference(item, style)).catch(() => {});
}
