/**
 * `npm run bench`: builds the site, measures it, prints every figure beside its budget, and
 * writes `bench/results/<date>-<commit>.json` and the scale chart `bench/scale.svg`.
 * Options: `--full` adds the 5,000-article sites to the scale step (1, 100 and 1,000 by default, each
 * beside a Starlight site of the same interviews); `--quick` is a smoke run (one run of everything,
 * four queries, a scale step at 1 and 10) for checking the bench itself.
 * Exits with 1 when a budget is missed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { budgets, type BudgetName } from './budgets.ts';
import { formatFigure, formatLimit, judge, type Unit } from './lib/budget.ts';
import { launchChromium } from './lib/browser.ts';
import { scaleChart } from './lib/chart.ts';
import { growthExponent } from './lib/growth.ts';
import { spread } from './lib/stats.ts';
import { serveStatic } from './lib/static-server.ts';
import { BUDGET_QUERY, QUERIES } from './queries.ts';
import { buildTimes } from './steps/build.ts';
import { floorComparisons, type FloorComparison } from './steps/floor.ts';
import { CATEGORIES } from './steps/lighthouse.ts';
import { paintMetrics, type PaintMetrics } from './steps/paint.ts';
import { scalePoint, type ScalePoint, type SiteAtScale } from './steps/scale.ts';
import { forgivingCosts } from './steps/forgiving.ts';
import { searchTimings } from './steps/search.ts';
import { lexiconBytesOf } from './lib/search-timing.ts';
import { pageWeights, PAGES, type PageName } from './steps/weight.ts';

const full = process.argv.includes('--full');
const quick = process.argv.includes('--quick');
const port = Number(process.env['BENCH_PORT'] ?? 4336);
const RUNS = quick ? 1 : 5;
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
const queries = quick ? QUERIES.slice(0, 4) : QUERIES;
const scaleSizes = quick ? [1, 10] : full ? [1, 100, 1_000, 5_000] : [1, 100, 1_000];
const distDir = 'dist';

const started = performance.now();
const progress = (step: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${step}`);

progress(`build: a warm-up, then ${RUNS} timed builds`);
const builds = buildTimes(distDir, RUNS);
const build = { astro: spread(builds.map((run) => run.buildMs)), pagefind: spread(builds.map((run) => run.indexMs)) };

const site = await serveStatic(distDir, port);
const browser = await launchChromium();
let weights, paint: Record<'home' | 'article', PaintMetrics>, search, forgiving;
let floor: Record<'article' | 'home' | 'share', FloorComparison>;
const scale: ScalePoint[] = [];
try {
  progress('weight: first visits to home, article and search');
  weights = await pageWeights(browser, site.url, distDir);
  progress(`in the browser: ${RUNS} throttled mobile loads each of home and article`);
  const homeUrl = new URL(PAGES.home, site.url).href;
  const articleUrl = new URL(PAGES.article, site.url).href;
  paint = { home: await paintMetrics(browser, homeUrl, RUNS), article: await paintMetrics(browser, articleUrl, RUNS) };
  progress(`Lighthouse: ${LIGHTHOUSE_RUNS} run(s) each of article, home and a share page, and of each as plain HTML (its floor)`);
  floor = await floorComparisons(site.url, distDir, { article: PAGES.article, home: PAGES.home, share: `${PAGES.article}q/background/` }, port + 3, LIGHTHOUSE_RUNS);
  progress(`search: ${queries.length} queries, each as a first search and as a later one`);
  search = await searchTimings(browser, site, distDir, queries);
  progress('forgiving search: the lexicon, and what corrections and other names add to a warm query');
  forgiving = await forgivingCosts(browser, site, distDir, RUNS * 3);
} finally {
  await site.close();
}
try {
  for (const n of scaleSizes) {
    progress(`scale: ${n} articles`);
    // At N = 1 the Starlight site holds the real interview alone: its page is the one to compare paints with.
    const point = await scalePoint(n, browser, port + 2, queries, n === 1 ? { port: port + 5, runs: LIGHTHOUSE_RUNS } : undefined);
    scale.push(point);
    // A long run that fails at a later N still leaves every point it measured in its output.
    console.log(`scale point ${JSON.stringify(point, (key, value) => (key === 'log' ? undefined : value))}`);
  }
} finally {
  await browser.close();
}

const nangarhar = search.first.find((timing) => timing.query === BUDGET_QUERY.text);
const points = scale;
const largest = points.at(-1)!;
const onePoint = points.find((point) => point.n === 1)!;
/** Where the ratios to Starlight are taken: N = 1,000, or the largest N below it. */
const compared = points.filter((point) => point.n <= 1_000).at(-1)!;
const ratio = (value: (site: SiteAtScale) => number) => value(compared.ours) / value(compared.starlight);
const grown = points.filter((point) => point.n >= 100);
const lighthouseLowest = Math.min(...Object.values(floor).flatMap((comparison) => CATEGORIES.map((name) => comparison.page.scores[name])));
const starlightArticleLcpMs = points.find((point) => point.n === 1)?.starlight.articleLcpMs;

/** The largest of the site's share pages, as a host stores it. */
const largestSharePage = Math.max(
  ...readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /^articles\/[^/]+\/q\/[^/]+\/index\.html$/.test(file))
    .map((file) => statSync(join(distDir, file)).size),
);

const figures: Record<BudgetName, number | undefined> = {
  articleBytes: weights.article.weight.total.gzip,
  articleJsBytes: weights.article.weight.js?.gzip ?? 0,
  articleRequestsToRead: weights.article.neededToRead.length,
  firstResponseBytes: Math.max(...Object.values(weights).map((visit) => visit.resources[0]!.size.gzip)),
  entryScriptBytes: Math.max(...Object.values(weights).map((visit) => visit.resources.find((resource) => resource.kind === 'js')?.size.gzip ?? 0)),
  articleJsToRead: weights.article.jsToRead,
  homeBytes: weights.home.weight.total.gzip,
  homeRequestsToRead: weights.home.neededToRead.length,
  homeJsToRead: weights.home.jsToRead,
  lighthouseScore: lighthouseLowest,
  lcpOverFloor: Math.max(...Object.values(floor).map((comparison) => comparison.ratio)),
  firstSearchBytes: nangarhar?.bytes,
  firstSearchLandsOnAnswer: nangarhar ? Number(nangarhar.firstHit?.endsWith(`#${BUDGET_QUERY.anchor}`) ?? false) : undefined,
  firstSearchMs: nangarhar?.ms,
  laterSearchMs: search.summary.laterMs.median,
  lexiconBytes: nangarhar ? lexiconBytesOf(nangarhar) : undefined,
  forgivingAddedMs: forgiving.addedMs,
  buildMs: build.astro.median,
  coldBuildRatio: ratio((site) => site.coldMs.median),
  warmBuildRatio: ratio((site) => site.warm.buildMs),
  distRatio: ratio((site) => site.distBytes),
  sharePageBytes: largestSharePage,
  dist5000: points.find((point) => point.n === 5_000)?.ours.distBytes,
  buildGrowth: grown.length >= 2 ? growthExponent(grown.map((point) => ({ n: point.n, value: point.ours.coldMs.median }))) : undefined,
  queryBytesGrowth: compared.ours.firstSearch.bytes.median / onePoint.ours.firstSearch.bytes.median,
  queryBytesGrowthLargest: largest.n > compared.n ? largest.ours.firstSearch.bytes.median / onePoint.ours.firstSearch.bytes.median : undefined,
  peakMemory: points.find((point) => point.n === 1_000)?.ours.cold.peakMemoryBytes,
};

// ——— Printing ———

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
const kb = (bytes: number | undefined) => formatFigure(bytes, 'bytes');
const ms = (value: number) => formatFigure(value, 'ms');
const fmt = (value: number, unit: Unit) => formatFigure(value, unit);

console.log('\nBuild (wall time; median of runs after a warm-up, [min–max])');
console.log(
  table(
    ['step', 'median', 'min', 'max', 'runs'],
    [
      ['astro build (whole, with indexing)', ms(build.astro.median), ms(build.astro.min), ms(build.astro.max), String(build.astro.runs)],
      ['Pagefind indexing', ms(build.pagefind.median), ms(build.pagefind.min), ms(build.pagefind.max), String(build.pagefind.runs)],
    ],
  ),
);

console.log('\nWeight of a first visit, until the reader interacts (gzip / brotli)');
const kinds = ['html', 'css', 'js', 'font', 'image', 'total'] as const;
console.log(
  table(
    ['page', ...kinds, 'requests', 'needed to read', 'JS to read'],
    (Object.keys(weights) as PageName[]).map((page) => {
      const visit = weights[page];
      return [
        page,
        ...kinds.map((kind) => {
          const size = visit.weight[kind];
          return size ? `${kb(size.gzip)} / ${kb(size.brotli)}` : '0';
        }),
        String(visit.resources.length),
        String(visit.neededToRead.length),
        kb(visit.jsToRead),
      ];
    }),
  ),
);

console.log(`\nIn the browser (Pixel 7, CPU 4× slower, slow 4G; median of ${RUNS} loads [min–max])`);
console.log(
  table(
    ['page', 'FCP', 'LCP', 'CLS', 'TBT'],
    (['home', 'article'] as const).map((page) => {
      const m = paint[page];
      return [
        page,
        `${ms(m.fcp.median)} [${ms(m.fcp.min)}–${ms(m.fcp.max)}]`,
        `${ms(m.lcp.median)} [${ms(m.lcp.min)}–${ms(m.lcp.max)}]`,
        m.cls.median.toFixed(3),
        `${ms(m.tbt.median)}`,
      ];
    }),
  ),
);

console.log(`\nLighthouse (mobile, simulated throttling; median of ${LIGHTHOUSE_RUNS} run(s); the floor is the same page as plain HTML, no styles, no scripts)`);
console.log(
  table(
    ['page', ...CATEGORIES, 'LCP', 'floor', 'ratio', 'Starlight'],
    (Object.keys(floor) as (keyof typeof floor)[]).map((page) => [
      page,
      ...CATEGORIES.map((name) => String(floor[page].page.scores[name])),
      ms(floor[page].page.lcpMs),
      ms(floor[page].floorLcpMs),
      floor[page].ratio.toFixed(2),
      page === 'article' && starlightArticleLcpMs !== undefined ? ms(starlightArticleLcpMs) : '',
    ]),
  ),
);

console.log(`\nSearch (${queries.length} queries; last keystroke to results on screen; bytes fetched, gzip)`);
const s = search.summary;
console.log(
  table(
    ['search', 'median ms', 'p95 ms', 'median bytes', 'p95 bytes'],
    [
      ['first of a visit', ms(s.firstMs.median), ms(s.firstMs.p95), kb(s.firstBytes.median), kb(s.firstBytes.p95)],
      ['later', ms(s.laterMs.median), ms(s.laterMs.p95), kb(s.laterBytes.median), kb(s.laterBytes.p95)],
    ],
  ),
);

console.log(`\nForgiving search (lexicon: ${nangarhar ? kb(lexiconBytesOf(nangarhar)) : '–'} fetched by the first search; every word ${kb(forgiving.lexicon.gzip)} gzip / ${kb(forgiving.lexicon.brotli)} brotli, in files by length, of which a correction fetches those within two letters of its word's; whole query to results, warm, median of ${forgiving.pairs[0]?.ms.runs} each)`);
console.log(
  table(
    ['kind', 'typed', 'ms', 'as the text writes it', 'ms', 'added'],
    forgiving.pairs.map((pair) => [pair.kind, pair.query, ms(pair.ms.median), pair.direct, ms(pair.directMs.median), ms(pair.addedMs)]),
  ),
);

console.log('\nScale (N interviews: the real one and N − 1 synthetic ones, the same for both sites; cold build: the median of its cold builds, with their range where there were several (up to N = 1,000 each site is built cold three times, the two by turns); first search: median over the queries, its bytes, and its time from the last keystroke to the first results shown and to the results settled, after the search a pause in typing runs)');
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);
console.log(
  table(
    ['N', 'site', 'cold build', 'per image', 'after one edit', 'indexing', 'dist/', 'files', 'index', 'first search', 'first results ms', 'settled ms', 'peak memory'],
    points.flatMap((point) =>
      (['ours', 'starlight'] as const).map((name) => {
        const site = point[name];
        const perImage = site.images && site.images.made > 0 ? ms(site.images.makingMs / site.images.made) : '';
        return [
          String(point.n),
          name === 'ours' ? 'ours' : 'Starlight',
          site.coldMs.runs > 1 ? `${ms(site.coldMs.median)} (${ms(site.coldMs.min)}–${ms(site.coldMs.max)})` : ms(site.coldMs.median),
          perImage,
          ms(site.warm.buildMs),
          ms(site.cold.indexMs),
          mb(site.distBytes),
          String(site.distFiles),
          kb(site.indexBytes),
          kb(site.firstSearch.bytes.median),
          ms(site.firstSearch.firstResultsMs.median),
          ms(site.firstSearch.ms.median),
          mb(site.cold.peakMemoryBytes),
        ];
      }),
    ),
  ),
);
console.log(`(per image: the cold build's wall time while social images were being drawn, ÷ images drawn; our lexicon, gzip, fetched by a first search (median) and every word (a correction fetches the lengths near its word's): ${points.map((point) => `${kb(point.ours.firstSearch.lexicon.median)} and ${kb(point.lexiconBytes)} at N = ${point.n}`).join(', ')})`);

console.log('\nBudgets');
const verdicts = (Object.keys(budgets) as BudgetName[]).map((name) => {
  const budget = budgets[name];
  const value = figures[name];
  return { name, label: budget.label, unit: budget.unit, value, limit: formatLimit(budget), starlight: 'starlight' in budget ? budget.starlight : undefined, ...judge(budget, value) };
});
console.log(
  table(
    ['figure', 'ours', 'budget', 'verdict', 'Starlight'],
    verdicts.map((v) => [
      v.label,
      formatFigure(v.value, v.unit),
      v.limit,
      v.status === 'missed' ? `MISSED by ${fmt(v.by, v.unit)}` : v.limit ? v.status : '',
      v.starlight === undefined ? '' : formatFigure(v.starlight, v.unit),
    ]),
  ),
);
console.log(`(ratios to Starlight at N = ${compared.n}${full ? '' : '; `npm run bench -- --full` adds N = 5,000'})`);

// ——— Files ———

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const date = new Date().toISOString().slice(0, 10);
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 1e9), os: `${osType()} ${release()}`, node: process.version };
mkdirSync('bench/results', { recursive: true });
const resultsFile = `bench/results/${date}-${commit}.json`;
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), commit, machine, options: { full, quick, runs: RUNS, lighthouseRuns: LIGHTHOUSE_RUNS }, build, weights, paint, floor, search, forgiving, scale: points, budgets: verdicts, minutes: (performance.now() - started) / 60_000 }, (key, value) => (key === 'log' ? undefined : value), 2)}\n`,
);
if (points.length >= 2) {
  const perSeries = (label: string, unit: Unit, value: (point: ScalePoint) => number) => ({
    label,
    format: (v: number) => formatFigure(v, unit),
    points: points.map((point) => ({ n: point.n, value: value(point) })),
  });
  writeFileSync(
    'bench/scale.svg',
    scaleChart(`Cost against the number of articles (${date}, ${commit})`, [
      perSeries('cold build', 'ms', (point) => point.ours.coldMs.median),
      perSeries('Starlight: cold build', 'ms', (point) => point.starlight.coldMs.median),
      perSeries('rebuild after one edit', 'ms', (point) => point.ours.warm.buildMs),
      perSeries('dist/ size', 'bytes', (point) => point.ours.distBytes),
      perSeries('Starlight: dist/ size', 'bytes', (point) => point.starlight.distBytes),
      perSeries('first search: bytes', 'bytes', (point) => point.ours.firstSearch.bytes.median),
    ]),
  );
}
const missed = verdicts.filter((v) => v.status === 'missed');
console.log(`\nWrote ${resultsFile} and bench/scale.svg on ${machine.cpu} (${machine.cores} cores) in ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
console.log(missed.length === 0 ? 'Every budget is met.' : `Missed: ${missed.map((v) => v.label).join('; ')}.`);
process.exit(missed.length === 0 ? 0 : 1);
