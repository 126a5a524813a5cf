/**
 * Work handed to worker threads, one per core, for the build's heavy pure jobs (validating a
 * page, drawing a card): the build's own thread is then free to render pages, and the jobs run
 * side by side on every core. Node runs a worker's file as it is, so this file and every worker
 * import only packages and files Node can strip of their types, by relative paths with `.ts`.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

export interface WorkerPool<Job, Answer> {
  run(job: Job): Promise<Answer>;
  /** Stops the workers; a job still waiting is refused. */
  close(): Promise<void>;
}

type Reply<Answer> = { id: number; answer: Answer } | { id: number; failure: string };

/**
 * Jobs handed to a worker ahead of its answers. The build's own thread hands them out, and it is
 * sometimes busy for a second or more at a stretch (compiling a thousand articles' MDX): a worker
 * holding only the jobs it runs then sat idle until the thread was free. The rest wait here, so a
 * build that asks for thousands of jobs at once does not post them all to the workers.
 */
export const JOBS_PER_WORKER = 64;

/**
 * Jobs a worker runs at a time: one in its thread while the next waits on a native library's
 * (zlib compresses a card). The jobs it holds beyond them wait their turn, so it keeps only two
 * jobs' images in memory however many it holds.
 */
export const JOBS_RUNNING_PER_WORKER = 2;

/**
 * Workers running `file`, each given `workerData`, started by the first job: a build whose cards
 * and references are all in the cache starts no thread and loads no drawing or citation library.
 * Jobs go to the worker with the
 * fewest running, in the order asked, at most {@link JOBS_PER_WORKER} to a worker. A worker holds
 * the process open only while it has jobs to answer. A worker that fails outside a job (its file
 * does not load, it runs out of memory) fails the pool: every job waiting and every later one is
 * refused with its error, so none waits forever for a dead worker.
 */
export function startWorkerPool<Job, Answer>(file: URL, workerData: unknown = undefined, size = availableParallelism()): WorkerPool<Job, Answer> {
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: unknown) => void }>();
  const queued: { id: number; job: Job }[] = [];
  const running = new Map<Worker, number>();
  let failure: unknown;
  const refuseAll = (error: unknown) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    queued.length = 0;
  };
  const dispatch = () => {
    const workers = started();
    while (queued.length > 0) {
      const worker = workers.reduce((least, candidate) => (running.get(candidate)! < running.get(least)! ? candidate : least));
      if (running.get(worker)! >= JOBS_PER_WORKER) return;
      if (running.get(worker) === 0) worker.ref();
      running.set(worker, running.get(worker)! + 1);
      worker.postMessage(queued.shift()!);
    }
  };
  let workers: Worker[] | undefined;
  const started = () => (workers ??= Array.from({ length: size }, () => {
    const worker = new Worker(file, { workerData });
    worker.unref();
    running.set(worker, 0);
    worker.on('message', (reply: Reply<Answer>) => {
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      const left = running.get(worker)! - 1;
      running.set(worker, left);
      if (left === 0) worker.unref();
      if ('failure' in reply) job?.reject(new Error(reply.failure));
      else job?.resolve(reply.answer);
      dispatch();
    });
    worker.on('error', (error) => {
      failure = error;
      refuseAll(error);
    });
    return worker;
  }));
  let next = 0;
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        const id = next++;
        waiting.set(id, { resolve, reject });
        queued.push({ id, job });
        dispatch();
      }),
    close: async () => {
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
      refuseAll(new Error('the worker pool was closed'));
    },
  };
}

/** In a worker's file: answers each job the pool sends with `answer(job)`, or with why it failed, {@link JOBS_RUNNING_PER_WORKER} at a time. */
export function answerJobs<Job, Answer>(answer: (job: Job) => Promise<Answer>): void {
  const held: { id: number; job: Job }[] = [];
  let running = 0;
  const runNext = async () => {
    const next = held.shift();
    if (!next) return;
    running += 1;
    try {
      parentPort!.postMessage({ id: next.id, answer: await answer(next.job) } satisfies Reply<Answer>);
    } catch (error) {
      parentPort!.postMessage({ id: next.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply<Answer>);
    }
    running -= 1;
    void runNext();
  };
  parentPort!.on('message', (message: { id: number; job: Job }) => {
    held.push(message);
    if (running < JOBS_RUNNING_PER_WORKER) void runNext();
  });
}

/** Workers that a build's routes hand jobs to while its pages render. */
export interface BuildWorkers<Job, Answer> {
  /** Add to the integrations: it starts the workers when the build starts, and stops them once its pages are written. */
  integration: AstroIntegration;
  /** The build's workers while it renders pages; none in the dev server or a test, where the job is done in the thread that asks. */
  pool(): WorkerPool<Job, Answer> | undefined;
}

/**
 * Workers running `file` for the length of a build's rendering. The pool is kept on `globalThis`
 * under `name`: the integration starts it, and the routes that use it, bundled apart, run in the
 * same process.
 */
export function buildWorkers<Job, Answer>(name: string, file: URL, options: { workerData?: unknown; size?: number } = {}): BuildWorkers<Job, Answer> {
  const key = Symbol.for(`research-explainers.${name}`);
  const shared = globalThis as unknown as Record<symbol, WorkerPool<Job, Answer> | undefined>;
  return {
    integration: {
      name,
      hooks: {
        'astro:build:start': () => {
          shared[key] = startWorkerPool<Job, Answer>(file, options.workerData, options.size);
        },
        'astro:build:generated': async () => {
          await shared[key]?.close();
          delete shared[key];
        },
      },
    },
    pool: () => shared[key],
  };
}
