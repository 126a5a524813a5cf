import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { yamlListLoader } from '@/content/yaml-list-loader';

const root = mkdtempSync(join(tmpdir(), 'yaml-list-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface StoredEntry {
  data: unknown;
  filePath?: string | undefined;
}

/** Loads `content` (or no file at all) and gives back what the collection would hold. */
async function load(content: string | undefined): Promise<Map<string, StoredEntry>> {
  const name = `list-${Math.random().toString(36).slice(2)}.yaml`;
  if (content !== undefined) writeFileSync(join(root, name), content);
  const entries = new Map<string, StoredEntry>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
      set: ({ id, data, filePath }: StoredEntry & { id: string }) => Boolean(entries.set(id, { data, filePath })),
    },
    parseData: async ({ data }: { data: unknown }) => data,
  } as unknown as LoaderContext;
  await yamlListLoader(`./${name}`).load(context);
  return entries;
}

describe('yamlListLoader', () => {
  test('loads each entry under its id, with the file it came from', async () => {
    const entries = await load('- id: kabul\n  name: Kabul\n- id: herat\n  name: Herat\n');
    expect([...entries.keys()]).toEqual(['kabul', 'herat']);
    expect(entries.get('kabul')).toEqual({ data: { id: 'kabul', name: 'Kabul' }, filePath: expect.stringMatching(/^list-.*\.yaml$/) });
  });

  test('a missing file is an empty collection', async () => {
    expect((await load(undefined)).size).toBe(0);
  });

  test.each([
    ['malformed YAML', '- id: kabul\n  name: [Kabul\n', /list-.*\.yaml:\n  - .+/],
    ['a file that is not a list', 'kabul: Kabul\n', /list-.*\.yaml:\n  - must be a list/],
    ['an entry without an id', '- name: Kabul\n', /list-.*\.yaml:\n  - entry 1: has no id/],
    ['an id used twice', '- id: kabul\n- id: kabul\n', /list-.*\.yaml:\n  - entry 2: the id "kabul" is used twice/],
  ])('refuses %s, naming the file', async (_, content, message) => {
    await expect(load(content)).rejects.toThrow(message);
  });
});
