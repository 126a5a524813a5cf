/**
 * The site at N articles beside a default Starlight site of the same N interviews: the real
 * interview plus N − 1 synthetic ones, written into a temporary folder (removed afterwards, never
 * committed). Each site is built cold (no cache of any kind), searched, then rebuilt after one
 * article is edited, as a publisher correcting a typo would. Up to N = 1,000 each site is then
 * built cold twice more, the two sites by turns, so that a slow spell of the machine (three cold
 * builds of one commit at N = 1,000 took 100 s, 123 s and 103 s within one hour) falls on both.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { syntheticArticle, wordsOf } from '../lib/synthetic.ts';
import { serveStatic } from '../lib/static-server.ts';
import { spread, type Spread } from '../lib/stats.ts';
import { everyWordSize, lexiconBytesOf, SITE_SEARCH, starlightSearch, type SearchSurface } from '../lib/search-timing.ts';
import { measuredBuild, type BuildRun } from './build.ts';
import { firstSearches } from './search.ts';
import { lighthouseScores } from './lighthouse.ts';
import { PEER_DIR, installPeer } from '../lib/peer.ts';

const INTERVIEW = 'content/articles/what-is-isis-k.mdx';
const INTERVIEW_SLUG = 'what-is-isis-k';

export interface SiteAtScale {
  /** The first cold build: its log, indexing time and peak memory. */
  cold: BuildRun;
  /** The wall times of every cold build of the site at this N, the first included. */
  coldMs: Spread;
  /** After one article's text is edited, every cache kept. */
  warm: BuildRun;
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  /** `ms` to the results settled, `firstResultsMs` to the first shown; `lexicon`: of its bytes, our lexicon's parts (none on Starlight). */
  firstSearch: { ms: Spread; firstResultsMs: Spread; bytes: Spread; lexicon: Spread };
  /** Social images drawn by the cold build, and the build time spent drawing them (ours only). */
  images?: { made: number; makingMs: number };
  /** The real interview's page: Lighthouse's largest contentful paint, where the run asked for it. */
  articleLcpMs?: number;
}

/** Lighthouse on the real interview's page of the cold build: its debugging port, and how many runs. */
export interface PageLighthouse {
  port: number;
  runs: number;
}

export interface ScalePoint {
  n: number;
  ours: SiteAtScale;
  starlight: SiteAtScale;
  /** Our search lexicon's every word, compressed as served: it grows with the site's vocabulary, and a correction fetches only the lengths near its word's. */
  lexiconBytes: number;
}

/** The search lexicon's every word in a built site, gzip. */
export const lexiconBytes = (dir: string): number => everyWordSize(dir).gzip;

const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

/** Bytes of every file under a folder, as a host stores them. */
export function folderBytes(dir: string): number {
  return files(dir).reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

interface Interview {
  slug: string;
  title: string;
  body: string;
  /** The file our site reads. */
  mdx: string;
}

/** The same N interviews for both sites. */
function interviews(n: number): Interview[] {
  const source = readFileSync(INTERVIEW, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const bank = wordsOf(body);
  const title = String((parseYaml(frontmatter) as { title: string }).title);
  return [{ slug: INTERVIEW_SLUG, title, body: body.trim(), mdx: source }, ...Array.from({ length: n - 1 }, (_, i) => syntheticArticle(i + 1, bank))];
}

/** Starlight's page: a title, and the same text. */
const starlightDoc = (article: Interview) => `---\ntitle: ${JSON.stringify(article.title)}\n---\n\n${article.body}\n`;

/** A sentence added to the end of the last article, the same on both sites. */
const EDIT = '\n\nA sentence the benchmark adds, to time a rebuild after one edit.\n';

interface Build {
  /** A build into `outDir`, keeping its caches in `caches`. */
  build: (outDir: string, caches: string) => BuildRun;
  surface: SearchSurface;
  /** Where the real interview's page is, inside the site. */
  interviewPath: string;
}

/** Cold builds at an N up to this one are taken this many times a site; above it, once (at N = 5,000 a build takes minutes). */
const COLD_BUILDS = { upToN: 1_000, builds: 3 };

/**
 * Another cold build of a site already measured, the edit gone: into an output folder and cache
 * folders of its own, with nothing removed before it. On a file system without a journal (this
 * machine's), creating a file scans past every inode removed in the last minutes, so a build that
 * follows the removal of an earlier build's thousands of files pays for it, and the more files a site
 * writes, the more (bench/README.md). Everything is removed with the scale point.
 */
function buildColdAgain(root: string, site: Build, lastFile: string, lastText: string, again: number): number {
  writeFileSync(lastFile, lastText);
  const folder = join(root, `cold-again-${again}`);
  return site.build(join(folder, 'dist'), join(folder, 'caches')).buildMs;
}

type Measured = Omit<SiteAtScale, 'coldMs'>;

async function measureSite(root: string, site: Build, browser: Browser, port: number, queries: readonly string[], lastFile: string, lighthouse?: PageLighthouse): Promise<Measured> {
  const outDir = join(root, 'dist');
  const caches = join(root, 'caches');
  const cold = site.build(outDir, caches);
  const served = await serveStatic(outDir, port);
  let search, articleLcpMs;
  try {
    search = await firstSearches(browser, served, outDir, queries, site.surface);
    if (lighthouse) articleLcpMs = (await lighthouseScores(new URL(site.interviewPath, served.url).href, lighthouse.port, lighthouse.runs)).lcpMs;
  } finally {
    await served.close();
  }
  const measured = { distBytes: folderBytes(outDir), distFiles: files(outDir).length, indexBytes: folderBytes(join(outDir, 'pagefind')) };
  appendFileSync(lastFile, EDIT);
  const warm = site.build(outDir, caches);
  const drawn = /social images: (\d+) made, \d+ from the cache, making them took (\d+) ms/.exec(cold.log);
  return {
    cold,
    warm,
    ...measured,
    firstSearch: {
      ms: spread(search.map((timing) => timing.ms)),
      firstResultsMs: spread(search.map((timing) => timing.firstResultsMs)),
      bytes: spread(search.map((timing) => timing.bytes)),
      lexicon: spread(search.map(lexiconBytesOf)),
    },
    ...(drawn ? { images: { made: Number(drawn[1]), makingMs: Number(drawn[2]) } } : {}),
    ...(articleLcpMs === undefined ? {} : { articleLcpMs }),
  };
}

/** `lighthouse`: also measure the paint of Starlight's page of the real interview, to set beside ours. */
export async function scalePoint(n: number, browser: Browser, port: number, queries: readonly string[], lighthouse?: PageLighthouse): Promise<ScalePoint> {
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  try {
    const articles = interviews(n);
    const last = articles.at(-1)!;

    const ours = join(root, 'ours');
    const oursContent = join(ours, 'content', 'articles');
    mkdirSync(oursContent, { recursive: true });
    for (const article of articles) writeFileSync(join(oursContent, `${article.slug}.mdx`), article.mdx);
    const oursSite: Build = {
      // Every cache in the temporary folder: the first build starts from none, as CI and a fresh clone do.
      build: (outDir, caches) =>
        measuredBuild(process.cwd(), outDir, { CONTENT_DIR: join(ours, 'content'), ASTRO_CACHE_DIR: join(caches, 'astro'), BUILD_CACHE_DIR: join(caches, 'build') }),
      surface: SITE_SEARCH,
      interviewPath: `articles/${INTERVIEW_SLUG}/`,
    };
    const oursLast = join(oursContent, `${last.slug}.mdx`);
    const oursResult = await measureSite(ours, oursSite, browser, port, queries, oursLast);
    const lexicon = lexiconBytes(join(ours, 'dist'));
    const buildsEach = n <= COLD_BUILDS.upToN ? COLD_BUILDS.builds : 1;
    // Kept for the later cold builds only: at N = 5,000 the two sites' output would not both fit on a small disk.
    if (buildsEach === 1) rmSync(ours, { recursive: true, force: true });

    installPeer();
    const peer = join(root, 'starlight');
    const peerContent = join(peer, 'docs');
    mkdirSync(peerContent, { recursive: true });
    for (const article of articles) writeFileSync(join(peerContent, `${article.slug}.mdx`), starlightDoc(article));
    const peerSite: Build = {
      build: (outDir, caches) => measuredBuild(resolve(PEER_DIR), outDir, { BENCH_CONTENT_DIR: peerContent, ASTRO_CACHE_DIR: join(caches, 'astro') }),
      surface: starlightSearch(`${INTERVIEW_SLUG}/`),
      interviewPath: `${INTERVIEW_SLUG}/`,
    };
    const peerLast = join(peerContent, `${last.slug}.mdx`);
    const starlight = await measureSite(peer, peerSite, browser, port, queries, peerLast, lighthouse);
    const coldMs = { ours: [oursResult.cold.buildMs], starlight: [starlight.cold.buildMs] };
    for (let build = 1; build < buildsEach; build += 1) {
      coldMs.ours.push(buildColdAgain(ours, oursSite, oursLast, last.mdx, build));
      coldMs.starlight.push(buildColdAgain(peer, peerSite, peerLast, starlightDoc(last), build));
    }
    return { n, ours: { ...oursResult, coldMs: spread(coldMs.ours) }, starlight: { ...starlight, coldMs: spread(coldMs.starlight) }, lexiconBytes: lexicon };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
