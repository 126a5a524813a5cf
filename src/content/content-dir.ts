import { existsSync } from 'node:fs';

/** The folder holding `articles/`, the register of published addresses and the optional names and key-dates files; tests and the benchmark point it at temporary content. */
export const contentDir = process.env['CONTENT_DIR'] || './content';

/** The content folder's optional data files, by the collection each one fills. */
export const dataFiles = {
  names: `${contentDir}/names.yaml`,
  keyDates: `${contentDir}/key-dates.yaml`,
} as const;

/** Whether the content folder has a collection's data file: without it the collection is not there at all. */
export const hasDataFile = (collection: keyof typeof dataFiles): boolean => existsSync(dataFiles[collection]);
