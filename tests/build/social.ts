import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';

/** Every Open Graph, article and Twitter meta tag of a page, by key, in order. */
export function socialTags(tree: Root): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of selectAll('meta[property], meta[name^="twitter:"]', tree)) {
    const key = String(meta.properties['property'] ?? meta.properties['name']);
    tags.set(key, [...(tags.get(key) ?? []), String(meta.properties['content'])]);
  }
  return tags;
}

/** Width and height from a PNG's header (the IHDR chunk follows the 8-byte signature). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('latin1') !== '\x89PNG\r\n\x1a\n') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
