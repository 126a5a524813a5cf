/**
 * What a first visit costs in bytes, as a static host serves the files: text compressed on the
 * way out, gzip at zlib's default level 6 (what hosts do on the fly) and brotli at quality 11
 * (what hosts serve precompressed); Pagefind's index files and WebAssembly, already gzipped by
 * Pagefind, served as they are. HTTP headers are not counted.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'search index' | 'other';

export interface ServedSize {
  raw: number;
  gzip: number;
  brotli: number;
}

const KIND_BY_EXTENSION: Record<string, ResourceKind> = {
  html: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  woff: 'font',
  woff2: 'font',
  ttf: 'font',
  otf: 'font',
  svg: 'image',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  ico: 'image',
  json: 'search index',
  pagefind: 'search index',
};

function extension(pathname: string): string {
  return /\.([a-z0-9_]+)$/i.exec(pathname)?.[1]?.toLowerCase() ?? '';
}

/** Pagefind's own gzipped files: `.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter`, `wasm.*.pagefind`. */
export function isPrecompressed(pathname: string): boolean {
  return /\.(pf_[a-z]+|pagefind)$/.test(pathname);
}

export function resourceKind(pathname: string): ResourceKind {
  if (pathname.endsWith('/')) return 'html';
  const ext = extension(pathname);
  if (ext.startsWith('pf_')) return 'search index';
  return KIND_BY_EXTENSION[ext] ?? 'other';
}

/** The file a static host answers a path with: `/a/` is `a/index.html`. Paths are relative to the site's base. */
export function distFileFor(pathname: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) throw new Error(`${pathname} is outside the site's base ${prefix}`);
  const inside = decodeURIComponent(pathname.slice(prefix.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

export function servedSize(pathname: string, body: Uint8Array): ServedSize {
  if (isPrecompressed(pathname)) return { raw: body.length, gzip: body.length, brotli: body.length };
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 6 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

export interface Resource {
  pathname: string;
  kind: ResourceKind;
  size: ServedSize;
}

export type Breakdown = Partial<Record<ResourceKind, ServedSize>> & { total: ServedSize };

/** Totals by kind of resource, and over all. */
export function breakdown(resources: readonly Resource[]): Breakdown {
  const add = (a: ServedSize | undefined, b: ServedSize): ServedSize => ({
    raw: (a?.raw ?? 0) + b.raw,
    gzip: (a?.gzip ?? 0) + b.gzip,
    brotli: (a?.brotli ?? 0) + b.brotli,
  });
  const result: Breakdown = { total: { raw: 0, gzip: 0, brotli: 0 } };
  for (const resource of resources) {
    result[resource.kind] = add(result[resource.kind], resource.size);
    result.total = add(result.total, resource.size);
  }
  return result;
}
