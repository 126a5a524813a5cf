/**
 * `npm test`: every runner in order (type check, unit tests, the site's two builds, build-output
 * tests, browser tests at `/` and under the base path), then one line totalling them all. A runner that reports no result counts as failed,
 * so a run that tested nothing cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

const resultsDir = 'test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], settings: Record<string, string> = {}): boolean {
  const shown = Object.entries(settings).map(([name, value]) => `${name}=${value} `).join('');
  console.log(`\n▶ ${shown}${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...settings } }).status === 0;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function vitest(project: string): Tally {
  const output = `${resultsDir}/${project}.json`;
  const ok = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numFailedTestSuites: number }>(output);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + report.numFailedTestSuites;
  return { passed: report.numPassedTests, failed: failed === 0 && !ok ? 1 : failed };
}

/** The browser tests against one built site; `runName` is the report's name in playwright.config.ts. */
function playwright(runName: string, args: string[] = [], settings: Record<string, string> = {}): Tally {
  const ok = run('npx', ['playwright', 'test', ...args], settings);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(`${resultsDir}/e2e-${runName}.json`);
  if (!report) return { passed: 0, failed: 1 };
  const { expected, unexpected, flaky } = report.stats;
  return { passed: expected, failed: unexpected + flaky + (unexpected === 0 && !ok ? 1 : 0) };
}

/** A step without tests of its own (type check, build) counts as one check. */
const step = (ok: boolean): Tally => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
/** The reader's journeys in Chromium, Firefox and WebKit (tests/engines/), each journey × engine one test. */
function engines(): Tally {
  const ok = run('node', ['tests/engines/run.ts']);
  const report = readJson<Tally>(`${resultsDir}/engines.json`);
  return report ? { passed: report.passed, failed: report.failed + (report.failed === 0 && !ok ? 1 : 0) } : { passed: 0, failed: 1 };
}
const skipped: Tally = { passed: 0, failed: 1 };

const tallies: [string, Tally][] = [];
tallies.push(['astro check', step(run('npx', ['astro', 'check']))]);
tallies.push(['unit', vitest('unit')]);
const built = run('npx', ['astro', 'build']);
tallies.push(['build', step(built)]);

// The whole site again under a base path and for another origin, as on a project page host;
// built into its own folder so dist/ stays the site at `/`. The build-output tests read both.
const underBase = { BASE_PATH: '/isk/', PREVIEW_OUT_DIR: 'dist-isk' };
// No earlier run's folder is left to be tested should this build fail.
rmSync(underBase.PREVIEW_OUT_DIR, { recursive: true, force: true });
const builtUnderBase = run('npx', ['astro', 'build', '--outDir', underBase.PREVIEW_OUT_DIR], {
  BASE_PATH: underBase.BASE_PATH,
  SITE_URL: 'https://example.org',
});
tallies.push(['build /isk/', step(builtUnderBase)]);
tallies.push(['build output', built ? vitest('build') : skipped]);
tallies.push(['browser', built ? playwright('root') : skipped]);
tallies.push(['engines', built ? engines() : skipped]);
// Under the base path, only the tests whose subject it is (tagged in tests/e2e/): the rest do not
// depend on where the site is served.
tallies.push(['browser /isk/', builtUnderBase ? playwright('isk', ['--grep', '@base-path'], underBase) : skipped]);

console.log('');
for (const [name, tally] of tallies) console.log(`${name.padEnd(14)} ${tally.passed} passed, ${tally.failed} failed`);
const total = tallies.reduce((sum, [, tally]) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
