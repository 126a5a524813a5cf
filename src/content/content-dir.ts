/** The folder holding `articles/`, the register of published addresses and the optional names and key-dates files; tests and the benchmark point it at temporary content. */
export const contentDir = process.env['CONTENT_DIR'] || './content';
