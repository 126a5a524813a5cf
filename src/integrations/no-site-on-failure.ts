import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A failed build leaves no site, so none can be deployed by mistake: not the previous build's,
 * which a problem found before any page is written (a frontmatter's schema) would otherwise leave
 * in place, nor the pages written before a problem found while writing them. `astro build` only
 * (`astro dev` and `astro preview` leave the folder alone): the output folder is emptied when the
 * build starts, and removed if the process then ends in failure.
 */
export default function noSiteOnFailure(): AstroIntegration {
  let building = false;
  return {
    name: 'no-site-on-failure',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        const outDir = fileURLToPath(config.outDir);
        rmSync(outDir, { recursive: true, force: true });
        process.once('exit', (code) => {
          if (code !== 0) rmSync(outDir, { recursive: true, force: true });
        });
      },
    },
  };
}
