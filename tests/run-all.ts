/**
 * `npm test`: every runner (type check, unit tests, the site's two builds, build-output tests,
 * browser tests at `/` and under the base path), then one line totalling them all. A runner that
 * reports no result counts as failed, so a run that tested nothing cannot pass.
 *
 * The type check and the unit tests need nothing from each other, and alone each would leave a
 * core idle, so they run side by side; each one's output is shown whole when it ends.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

const suiteStarted = performance.now();
const resultsDir = 'test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** Runs a command to its end; `together` keeps its output until then, so runs side by side do not interleave. */
function run(command: string, args: string[], settings: Record<string, string> = {}, together = false): Promise<boolean> {
  const shown = `${Object.entries(settings).map(([name, value]) => `${name}=${value} `).join('')}${command} ${args.join(' ')}`;
  if (!together) console.log(`\n▶ ${shown}`);
  const started = performance.now();
  const child = spawn(command, args, { stdio: together ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...settings } });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      if (together) process.stdout.write(`\n▶ ${shown}\n${Buffer.concat(output).toString()}`);
      console.log(`◀ ${shown}: ${seconds(started)}`);
      resolve(status === 0);
    });
  });
}

/** Time since `started`, for the log: where a slow run spends it. */
const seconds = (started: number): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function vitest(project: string, together = false): Promise<Tally> {
  const output = `${resultsDir}/${project}.json`;
  const ok = await run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${output}`], {}, together);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numFailedTestSuites: number }>(output);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + report.numFailedTestSuites;
  return { passed: report.numPassedTests, failed: failed === 0 && !ok ? 1 : failed };
}

/** Playwright's JSON report, as far as the tally needs it. */
interface PlaywrightSuite {
  specs?: { tests: { projectName: string; status: 'expected' | 'unexpected' | 'flaky' | 'skipped' }[] }[];
  suites?: PlaywrightSuite[];
}

/**
 * The browser tests, every project in one run (playwright.config.ts), tallied per project. A
 * project that ran no test counts as failed; a test that passed only on its retry counts failed.
 */
async function playwright(projects: string[]): Promise<[string, Tally][]> {
  const ok = await run('npx', ['playwright', 'test']);
  const report = readJson<{ suites: PlaywrightSuite[] }>(`${resultsDir}/e2e.json`);
  const tallies = new Map(projects.map((project) => [project, { passed: 0, failed: 0 }]));
  const count = (suite: PlaywrightSuite): void => {
    for (const spec of suite.specs ?? [])
      for (const { projectName, status } of spec.tests) {
        const tally = tallies.get(projectName);
        if (!tally) throw new Error(`tests/run-all.ts does not know the Playwright project “${projectName}”`);
        if (status === 'expected') tally.passed++;
        else tally.failed++;
      }
    suite.suites?.forEach(count);
  };
  report?.suites.forEach(count);
  return [...tallies].map(([project, tally]) => [
    `browser (${project})`,
    tally.passed + tally.failed === 0 || (tally.failed === 0 && !ok) ? { passed: tally.passed, failed: tally.failed + 1 } : tally,
  ]);
}

/** A step without tests of its own (type check, build) counts as one check. */
const step = (ok: boolean): Tally => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
/** The reader's journeys in Chromium, Firefox and WebKit: tests/engines/run.ts writes its own tally. */
async function engines(): Promise<Tally> {
  const ok = await run('node', ['tests/engines/run.ts']);
  const report = readJson<Tally>(`${resultsDir}/engines.json`);
  return report ? { passed: report.passed, failed: report.failed + (report.failed === 0 && !ok ? 1 : 0) } : { passed: 0, failed: 1 };
}
const skipped: Tally = { passed: 0, failed: 1 };

// The whole site again under a base path and for another origin, as on a project page host, and
// with the fictional test interviews of tests/fixtures/articles/ beside the real one, so no test
// can assume one article; built into its own folder so dist/ stays the site at `/`. The
// build-output tests read both; no earlier run's folder is left to be tested should it fail.
const underBase = 'dist-isk';
rmSync(underBase, { recursive: true, force: true });

// The type check beside the unit tests; the builds one after the other, and not beside the type
// check: each writes Astro's generated files in .astro/ (types, and the list of content modules a
// build bundles), which the other would read.
const [checked, unit] = await Promise.all([run('npx', ['astro', 'check'], {}, true), vitest('unit', true)]);
const built = await run('npx', ['astro', 'build']);
const builtUnderBase = await run('node', ['tests/support/fixture-site.ts', '--outDir', underBase], { BASE_PATH: '/isk/', SITE_URL: 'https://example.org' });
const tallies: [string, Tally][] = [
  ['astro check', step(checked)],
  ['unit', unit],
  ['build', step(built)],
  ['build /isk/', step(builtUnderBase)],
];
tallies.push(['build output', built && builtUnderBase ? await vitest('build') : skipped]);
// The project `chromium /isk/` runs only the tests whose subject is the base path (tagged in
// tests/e2e/): the rest do not depend on where the site is served.
if (built && builtUnderBase) tallies.push(...(await playwright(['chromium', 'chromium /isk/'])));
else tallies.push(['browser', skipped]);
// The reader's journeys in every engine (tests/engines/), against dist/.
tallies.push(['engines', built ? await engines() : skipped]);

console.log('');
for (const [name, tally] of tallies) console.log(`${name.padEnd(26)} ${tally.passed} passed, ${tally.failed} failed`);
const total = tallies.reduce((sum, [, tally]) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed }), { passed: 0, failed: 0 });
console.log(`all runners: ${seconds(suiteStarted)}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
