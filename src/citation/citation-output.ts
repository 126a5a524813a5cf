import { createRequire } from 'node:module';
import { cached, cacheKey } from '@/integrations/build-cache';
import citationCode from './citation.ts?raw';
import { bibtex, ris, type CitationItem } from './citation';

/** The reference as a file for reference managers, beside the article: `cite.bib` and `cite.ris`. */
export const citationFormats = {
  bib: { type: 'application/x-bibtex', write: bibtex },
  ris: { type: 'application/x-research-info-systems', write: ris },
} satisfies Record<string, { type: string; write: (item: CitationItem) => string }>;

export type CitationFormat = keyof typeof citationFormats;

const require = createRequire(import.meta.url);
const CITATION_JS = ['@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris']
  .map((name) => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(', ');

/** Everything a citation file is made from: the item, the format, the code that writes it and Citation.js's versions. */
export const citationFileKey = (item: CitationItem, format: CitationFormat): string =>
  cacheKey([format, JSON.stringify(item), citationCode, CITATION_JS]);

/** The file's text, ending in one newline; written once for as long as nothing it is made from changes. */
export async function citationFile(item: CitationItem, format: CitationFormat): Promise<Uint8Array> {
  return cached('citation files', citationFileKey(item, format), async () =>
    Buffer.from(citationFormats[format].write(item).replace(/\n*$/, '\n')),
  );
}
