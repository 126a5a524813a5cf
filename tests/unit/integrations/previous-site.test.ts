import { describe, expect, test } from 'vitest';
import { manifestHash, recordedOutputFiles, unwantedKeptFiles, wasBuiltFrom } from '@/integrations/previous-site';

const OUT_DIR = '/site/dist';

/** A manifest as Astro's incremental build writes it, trimmed to what matters here. */
const manifest = (routes: Record<string, string[]>) =>
  JSON.stringify({
    version: 1,
    configHash: 'c',
    routes: Object.fromEntries(
      Object.entries(routes).map(([component, files]) => [
        component,
        { dependencyHash: 'd', paths: Object.fromEntries(files.map((outputFile) => [`/${outputFile}`, { cacheKey: 'k', outputFile }])) },
      ]),
    ),
  });

describe('the files a manifest’s pages were written to', () => {
  test('every page of every route, as paths inside the output folder', () => {
    const text = manifest({
      'src/pages/articles/[slug]/index.astro': ['articles/one/index.html', 'articles/two/index.html'],
      'src/pages/articles/[slug]/cite.ris.ts': ['articles/one/cite.ris'],
    });
    expect(recordedOutputFiles(text, OUT_DIR).sort()).toEqual(['articles/one/cite.ris', 'articles/one/index.html', 'articles/two/index.html']);
  });

  test('a page whose address has characters a URL escapes is the file with those characters', () => {
    expect(recordedOutputFiles(manifest({ page: ['articles/caf%C3%A9%20noir/index.html'] }), OUT_DIR)).toEqual(['articles/café noir/index.html']);
  });

  test.each([
    { what: 'a file above the output folder', file: '../elsewhere/index.html' },
    { what: 'the output folder itself', file: '' },
    { what: 'a path that climbs out halfway', file: 'articles/../../elsewhere.html' },
  ])('leaves out $what', ({ file }) => {
    expect(recordedOutputFiles(manifest({ page: [file, 'index.html'] }), OUT_DIR)).toEqual(['index.html']);
  });

  test.each([
    { what: 'text that is not JSON', text: '{"routes":' },
    { what: 'a manifest without routes', text: '{"version":2}' },
    { what: 'JSON null', text: 'null' },
    { what: 'a page without a file', text: '{"routes":{"page":{"paths":{"/":{"cacheKey":"k"}}}}}' },
  ])('finds nothing in $what', ({ text }) => {
    expect(recordedOutputFiles(text, OUT_DIR)).toEqual([]);
  });
});

describe('whether the output folder is the site a finished build wrote from the manifest', () => {
  const text = manifest({ page: ['index.html'] });
  const record = (outDir: string, hashed: string) => JSON.stringify({ outDir, manifestHash: manifestHash(hashed) });

  test('it is, when the record names this folder and this manifest', () => {
    expect(wasBuiltFrom(record(OUT_DIR, text), OUT_DIR, text)).toBe(true);
  });

  test.each([
    { what: 'no record (the last build failed or never finished)', recordText: undefined, manifestText: text },
    { what: 'no manifest', recordText: record(OUT_DIR, text), manifestText: undefined },
    { what: 'a record of another output folder', recordText: record('/site/other', text), manifestText: text },
    { what: 'a manifest written since (a build that stopped before its end)', recordText: record(OUT_DIR, text), manifestText: manifest({ page: ['other.html'] }) },
    { what: 'a record that is not JSON', recordText: '{', manifestText: text },
  ])('it is not, with $what', ({ recordText, manifestText }) => {
    expect(wasBuiltFrom(recordText, OUT_DIR, manifestText)).toBe(false);
  });
});

describe('the kept files this build did not want', () => {
  const kept = [
    { file: 'articles/one/index.html', mtimeMs: 100 },
    { file: 'articles/gone/index.html', mtimeMs: 100 },
    { file: 'articles/gone/cite.ris', mtimeMs: 100 },
    { file: 'articles/uncached/index.html', mtimeMs: 100 },
  ];
  const now: Record<string, number> = { 'articles/one/index.html': 100, 'articles/gone/index.html': 100, 'articles/gone/cite.ris': 100, 'articles/uncached/index.html': 250 };

  test('those neither in this build’s manifest nor written again', () => {
    const next = manifest({ page: ['articles/one/index.html', 'articles/new/index.html'] });
    expect(unwantedKeptFiles(kept, next, OUT_DIR, (file) => now[file]).sort()).toEqual(['articles/gone/cite.ris', 'articles/gone/index.html']);
  });

  test('all that were not written again, when this build left no manifest', () => {
    expect(unwantedKeptFiles(kept, '', OUT_DIR, (file) => now[file]).sort()).toEqual(['articles/gone/cite.ris', 'articles/gone/index.html', 'articles/one/index.html']);
  });

  test('not one already gone', () => {
    expect(unwantedKeptFiles([{ file: 'articles/gone/index.html', mtimeMs: 100 }], manifest({}), OUT_DIR, () => undefined)).toEqual([]);
  });
});
