/** The folder holding `articles/` and the register of published addresses; tests and the benchmark point it at temporary content. */
export const contentDir = process.env['CONTENT_DIR'] || './content';
