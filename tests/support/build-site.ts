import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

export interface SiteBuild {
  /** Where the built site goes. */
  outDir: string;
  /** Build-time settings (BASE_PATH, SITE_URL, CONTENT_DIR) for this build only. */
  settings?: Record<string, string>;
  /** Clears Astro's content cache first, so the build starts cold. */
  force?: boolean;
}

/**
 * Runs a real `astro build` in a child process. Vitest copies its own `import.meta.env`
 * (BASE_URL, MODE…) into the environment and sets its own variables, and a real build must see
 * none of them. A build from other
 * content keeps Astro's content cache beside its output: the shared cache would otherwise hold
 * that content's entries, whose files are gone, and break the site's own next build.
 */
export function buildSite({ outDir, settings = {}, force = false }: SiteBuild): SpawnSyncReturns<string> {
  // Plain text, so tests can read the messages: with CI set, Astro's logger would colour them.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...settings };
  if (settings['CONTENT_DIR']) env['ASTRO_CACHE_DIR'] = `${outDir}-cache`;
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  // Vitest's own, NODE_ENV=test among them, would make another bundle of the scripts than `astro build` makes.
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  // A site of a thousand articles logs more than spawnSync's default 1 MB of output.
  return spawnSync('npx', ['astro', 'build', '--outDir', outDir, ...(force ? ['--force'] : [])], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}
