/**
 * `node tests/engines/run.ts [chromium|firefox|webkit …]`: every journey in journeys.ts in each
 * engine, against the built `dist/`, each engine with its own server on a free port. Each
 * journey × engine is one test; a journey also fails on any console error, uncaught exception,
 * failed request or Content-Security-Policy refusal on its way. An engine that is not installed
 * fails all its journeys, saying how to install it. Writes the tally to test-results/engines.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { EngineMissing, type Engine, type Tab } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { JOURNEYS } from './journeys.ts';
import { PROBLEMS_KEY, serveForEngines } from './site.ts';
import { launchWebKit } from './webkit.ts';

const SITE_DIR = 'dist';
const LAUNCHERS: Record<string, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(LAUNCHERS);
// Scripting off last: WebKit starts another browser for it.
const journeys = [...JOURNEYS].sort((a, b) => Number(a.withoutJavaScript ?? false) - Number(b.withoutJavaScript ?? false));

interface Result {
  passed: boolean;
  line: string;
}

/** What the probe in the page noted (see site.ts), cleared for the next journey. */
async function probeProblems(tab: Tab, site: string): Promise<string[]> {
  return tab.evaluate(({ key, origin }) => {
    if (location.origin !== origin) return [];
    const noted = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
    sessionStorage.removeItem(key);
    return noted;
  }, { key: PROBLEMS_KEY, origin: new URL(site).origin });
}

async function runEngine(name: string): Promise<Result[]> {
  const launch = LAUNCHERS[name];
  if (!launch) return [{ passed: false, line: `✗ ${name}: no such engine; choose from ${Object.keys(LAUNCHERS).join(', ')}` }];
  const site = await serveForEngines(SITE_DIR);
  let engine: Engine;
  try {
    engine = await launch();
  } catch (error) {
    const why = error instanceof EngineMissing ? error.message : `${name} did not start: ${error instanceof Error ? error.message : String(error)}`;
    await site.close();
    return journeys.map((journey) => ({ passed: false, line: `✗ ${name} › ${journey.name}: ${why}` }));
  }
  const results: Result[] = [];
  for (const journey of journeys) {
    let tab: Tab | undefined;
    const began = Date.now();
    try {
      tab = await engine.open({ javaScript: !journey.withoutJavaScript });
      const note = await journey.run(tab, site.url, engine.name);
      const problems = [...tab.problems, ...site.takeFailedRequests().map((request) => `failed request: ${request}`), ...(journey.withoutJavaScript ? [] : await probeProblems(tab, site.url))];
      if (problems.length > 0) throw new Error(`on the way: ${problems.join('; ')}`);
      results.push({ passed: true, line: `✓ ${engine.name} › ${journey.name}${note ? ` (${note})` : ''} ${Date.now() - began} ms` });
    } catch (error) {
      site.takeFailedRequests();
      if (tab && !journey.withoutJavaScript) await probeProblems(tab, site.url).catch(() => []);
      results.push({ passed: false, line: `✗ ${engine.name} › ${journey.name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` });
    } finally {
      await tab?.close().catch(() => undefined);
    }
  }
  await engine.close();
  await site.close();
  return results;
}

const started = Date.now();
const results = existsSync(SITE_DIR)
  ? (await Promise.all(chosen.map(runEngine))).flat()
  : [{ passed: false, line: `✗ no built site in ${SITE_DIR}/: run npx astro build first` }];
for (const { line } of results) console.log(line);
const tally = { passed: results.filter(({ passed }) => passed).length, failed: results.filter(({ passed }) => !passed).length };
console.log(`\nengines ${tally.passed} passed, ${tally.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/engines.json', JSON.stringify(tally));
process.exit(tally.failed === 0 ? 0 : 1);
