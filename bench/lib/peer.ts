/**
 * The Starlight site the scale step compares with: a default Starlight project in `bench/peer/`,
 * with its own package.json and lock file, installed on first use. Not part of the site, its
 * dependencies or `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PEER_DIR = 'bench/peer';

export function installPeer(): void {
  if (existsSync(join(PEER_DIR, 'node_modules', '@astrojs', 'starlight'))) return;
  console.log(`installing the Starlight peer in ${PEER_DIR}/ (once)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_DIR, stdio: 'inherit' });
}
