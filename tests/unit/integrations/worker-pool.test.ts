import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { JOBS_PER_WORKER, JOBS_RUNNING_PER_WORKER, startWorkerPool } from '@/integrations/worker-pool';
import { drawCard, type CardDrawing } from '@/social/card-drawing';
import { rgbOf } from '@/social/card-png';

const CARD_WORKER = new URL('../../../src/social/card-worker.ts', import.meta.url);
const WORKER_POOL = new URL('../../../src/integrations/worker-pool.ts', import.meta.url);

/** A worker starts by loading the drawing libraries and the fonts: seconds, on a busy machine. */
const WORKER_START_MS = 30_000;

const drawing = (headline: string): CardDrawing => ({
  card: { kicker: 'An interview', headline, authors: 'A. Writer', siteName: 'Research Explainers' },
  width: 1200,
  height: 630,
  palette: [rgbOf('#ffffff'), rgbOf('#000000')],
});

test('a card drawn in a worker thread is the card drawn in this one, and each job gets its own answer', async () => {
  const pool = startWorkerPool<CardDrawing, Uint8Array>(CARD_WORKER, undefined, 2);
  try {
    const headlines = ['Who are they?', 'What do they want?', 'How much of a threat are they?'];
    const fromWorkers = await Promise.all(headlines.map((headline) => pool.run(drawing(headline))));
    for (const [index, headline] of headlines.entries()) expect(Buffer.from(fromWorkers[index]!).equals(await drawCard(drawing(headline))), headline).toBe(true);
    expect(new Set(fromWorkers.map((png) => Buffer.from(png).toString('base64'))).size).toBe(headlines.length);
  } finally {
    await pool.close();
  }
}, WORKER_START_MS);

test('a job that fails in a worker is refused with its reason, and the worker answers the next', async () => {
  const pool = startWorkerPool<CardDrawing, Uint8Array>(CARD_WORKER, undefined, 1);
  try {
    const unpaintable = { ...drawing('No colours'), palette: [] };
    await expect(pool.run(unpaintable)).rejects.toThrow("a 4-bit PNG's palette holds 1 to 16 colours, not 0");
    expect((await pool.run(drawing('Still drawing'))).length).toBeGreaterThan(0);
  } finally {
    await pool.close();
  }
}, WORKER_START_MS);

test('a worker that fails outside a job fails the pool: the job waiting and every later one are refused', async () => {
  const broken = new URL(`data:text/javascript,${encodeURIComponent("throw new Error('the worker could not start')")}`);
  const pool = startWorkerPool<string, string>(broken, undefined, 1);
  try {
    await expect(pool.run('first')).rejects.toThrow('the worker could not start');
    await expect(pool.run('later')).rejects.toThrow('the worker could not start');
  } finally {
    await pool.close();
  }
});

test('a worker is handed a bounded number of jobs ahead, however many are asked for at once, and every one is answered', async () => {
  // Answers each job, a little later, with the most jobs it has held at once.
  const counting = new URL(
    `data:text/javascript,${encodeURIComponent(`
      import { parentPort } from 'node:worker_threads';
      let [held, most] = [0, 0];
      parentPort.on('message', async ({ id }) => {
        most = Math.max(most, ++held);
        await new Promise((resolve) => setTimeout(resolve, 5));
        held -= 1;
        parentPort.postMessage({ id, answer: most });
      });
    `)}`,
  );
  const pool = startWorkerPool<number, number>(counting, undefined, 1);
  try {
    const asked = 3 * JOBS_PER_WORKER;
    const answers = await Promise.all(Array.from({ length: asked }, (_, index) => pool.run(index)));
    expect(answers).toHaveLength(asked);
    expect(Math.max(...answers)).toBe(JOBS_PER_WORKER);
  } finally {
    await pool.close();
  }
});

test('a worker runs only a couple of the jobs it holds at once, and answers each in turn', async () => {
  // Answers each job, a little later, with the most jobs it has run at once.
  const counting = new URL(
    `data:text/javascript,${encodeURIComponent(`
      import { answerJobs } from ${JSON.stringify(WORKER_POOL.href)};
      let [running, most] = [0, 0];
      answerJobs(async (job) => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return [job, most];
      });
    `)}`,
  );
  const pool = startWorkerPool<number, [number, number]>(counting, undefined, 1);
  try {
    const jobs = Array.from({ length: 2 * JOBS_PER_WORKER }, (_, index) => index);
    const answers = await Promise.all(jobs.map((job) => pool.run(job)));
    expect(answers.map(([job]) => job)).toEqual(jobs);
    expect(Math.max(...answers.map(([, most]) => most))).toBe(JOBS_RUNNING_PER_WORKER);
  } finally {
    await pool.close();
  }
});

test('a pool starts its threads with its first job, and a pool given none starts none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'worker-pool-'));
  const marker = join(dir, 'started');
  // Marks that it started, then answers each job with the job.
  const marking = new URL(
    `data:text/javascript,${encodeURIComponent(`
      import { writeFileSync } from 'node:fs';
      import { parentPort } from 'node:worker_threads';
      writeFileSync(${JSON.stringify(marker)}, '');
      parentPort.on('message', ({ id, job }) => parentPort.postMessage({ id, answer: job }));
    `)}`,
  );
  try {
    const idle = startWorkerPool<string, string>(marking, undefined, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(marker), 'no thread before a job').toBe(false);
    await idle.close();
    const used = startWorkerPool<string, string>(marking, undefined, 1);
    expect(await used.run('a job')).toBe('a job');
    expect(existsSync(marker)).toBe(true);
    await used.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
