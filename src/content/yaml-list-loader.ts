import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { ContentError } from './problems';

/**
 * Loads a YAML list of entries, each with an `id`. A missing file is an empty collection, since a
 * content folder may simply not have that data; a file that is there but malformed fails the
 * build naming the file (Astro's own `file()` loader only logs such errors and carries on).
 */
export function yamlListLoader(fileName: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ config, store, parseData }) => {
      store.clear();
      const url = new URL(fileName, config.root);
      if (!existsSync(url)) return;
      const filePath = fileURLToPath(url);
      const relativePath = path.relative(fileURLToPath(config.root), filePath);
      const fail = (message: string, at?: string) => new ContentError(relativePath, [{ at, message }]);
      let items: unknown;
      try {
        items = parse(readFileSync(url, 'utf8'));
      } catch (error) {
        throw fail(error instanceof Error ? error.message : String(error));
      }
      if (!Array.isArray(items)) throw fail('must be a list of entries, each with an id');
      for (const [index, item] of items.entries()) {
        const id: unknown = (item as { id?: unknown } | null)?.id;
        if (typeof id !== 'string' || id === '') throw fail('has no id: give it one, lowercase words joined by hyphens', `entry ${index + 1}`);
        if (store.has(id)) throw fail(`the id "${id}" is used twice: each entry needs its own`, `entry ${index + 1}`);
        const data = await parseData({ id, data: item as Record<string, unknown>, filePath });
        store.set({ id, data, filePath: relativePath });
      }
    },
  };
}
