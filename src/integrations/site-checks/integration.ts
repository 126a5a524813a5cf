import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuiltSiteReading } from './built-site';
import { contentDir } from '@/content/content-dir';
import { distProblems } from './dist-problems';
import { formatRegister, newAddresses, publishedAddresses, REGISTER_FILE, unresolvedAddresses, updatedRegister } from './published-addresses';

/** A site with a problem is never left behind to be deployed by mistake: the failure lists it all. */
function refuseSite(outDir: string, what: string, problems: string[]): void {
  if (problems.length === 0) return;
  rmSync(outDir, { recursive: true, force: true });
  throw new Error(`${what}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

/**
 * What a build that publishes new pages or questions says. Registering them stays a deliberate
 * step (`npm run addresses`, then a commit): the register is a promise reviewed in diffs, and a
 * build that wrote it would change the source tree on every test and CI build, and would make a
 * mistyped anchor permanent before anyone had looked at it.
 */
function newAddressesNotice(registerFile: string, addresses: readonly string[]): string {
  const shown = addresses.slice(0, 20).map((address) => `  - ${address}`);
  const more = addresses.length > shown.length ? [`  … and ${addresses.length - shown.length} more`] : [];
  return [
    `${addresses.length} address(es) this build publishes are new, not yet in ${registerFile}:`,
    ...shown,
    ...more,
    'Once they are right, `npm run addresses` registers them (commit the result); from then on a build that stops serving one fails.',
  ].join('\n');
}

/** The register as committed; an absent one promises nothing yet. */
function readRegister(file: string): string[] | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : undefined;
}

/**
 * Checks the built site when the build is done, and fails the build on any problem: every
 * address and question anchor in the content's register of published addresses still resolves,
 * and `dist/` has no broken link, no page without its title, description or canonical URL, and
 * no invalid HTML. A failed check removes the built site. `UPDATE_ADDRESSES=1` first adds what
 * this build publishes to the register.
 */
export default function siteChecks(builtSite: BuiltSiteReading): AstroIntegration {
  let base = '/';
  return {
    name: 'site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const site = await builtSite.site(dir);
        const registerFile = join(contentDir, REGISTER_FILE);
        const published = publishedAddresses(site.pages);
        if (process.env['UPDATE_ADDRESSES']) {
          writeFileSync(registerFile, formatRegister(updatedRegister(readRegister(registerFile) ?? [], published)));
          logger.info(`updated ${registerFile}`);
        }
        const register = readRegister(registerFile);
        if (register) {
          refuseSite(outDir, `Published addresses that no longer resolve (listed in ${registerFile})`, unresolvedAddresses(register, site.pages));
          logger.info(`all ${register.length} published addresses in ${registerFile} resolve`);
          const unregistered = newAddresses(register, published);
          if (unregistered.length > 0) logger.warn(newAddressesNotice(registerFile, unregistered));
        } else {
          logger.warn(`no ${registerFile}: published addresses are not checked; \`npm run addresses\` writes it`);
        }
        refuseSite(outDir, 'The built site has problems', distProblems(site, base));
        logger.info(`checked ${site.pages.length} page(s): links, fragments, head and HTML`);
      },
    },
  };
}
