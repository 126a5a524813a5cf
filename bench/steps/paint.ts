/**
 * Paint and responsiveness in Chromium on a phone: Playwright's Pixel 7 profile, the CPU slowed
 * 4× and the network throttled to Lighthouse's "slow 4G" (150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up), a fresh context (empty cache) for every load.
 */
import { devices, type Browser } from '@playwright/test';
import { spread, type Spread } from '../lib/stats.ts';

export interface PaintMetrics {
  fcp: Spread;
  lcp: Spread;
  cls: Spread;
  tbt: Spread;
}

/** Runs in the page before anything else: records paints, layout shifts and long tasks. */
function observe(): void {
  const seen = { fcp: 0, lcp: 0, cls: 0, longTasks: [] as { start: number; duration: number }[] };
  (window as unknown as { __paint: typeof seen }).__paint = seen;
  const watch = (type: string, handle: (entry: PerformanceEntry) => void) =>
    new PerformanceObserver((list) => list.getEntries().forEach(handle)).observe({ type, buffered: true });
  watch('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  });
  watch('largest-contentful-paint', (entry) => (seen.lcp = entry.startTime));
  watch('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) seen.cls += shift.value;
  });
  watch('longtask', (entry) => seen.longTasks.push({ start: entry.startTime, duration: entry.duration }));
}

async function loadOnce(browser: Browser, url: string): Promise<{ fcp: number; lcp: number; cls: number; tbt: number }> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Let late long tasks and layout shifts arrive before reading them.
  await page.waitForTimeout(1_000);
  const seen = await page.evaluate(() => (window as unknown as { __paint: { fcp: number; lcp: number; cls: number; longTasks: { start: number; duration: number }[] } }).__paint);
  await context.close();
  // Total blocking time: the part of every long task after the first paint beyond 50 ms.
  const tbt = seen.longTasks.filter((task) => task.start >= seen.fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  return { fcp: seen.fcp, lcp: seen.lcp, cls: seen.cls, tbt };
}

export async function paintMetrics(browser: Browser, url: string, runs: number): Promise<PaintMetrics> {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, url));
  return {
    fcp: spread(loads.map((load) => load.fcp)),
    lcp: spread(loads.map((load) => load.lcp)),
    cls: spread(loads.map((load) => load.cls)),
    tbt: spread(loads.map((load) => load.tbt)),
  };
}
