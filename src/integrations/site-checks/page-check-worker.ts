/** A worker thread that validates and reads pages (`page-check-pool.ts`). */
import { workerData } from 'node:worker_threads';
import type { ConfigData } from 'html-validate';
import { PageChecker, type PageCheck } from './page-reading.ts';
import { answerJobs } from '../worker-pool.ts';
import type { PageCheckJob } from './page-check-pool.ts';

const checker = new PageChecker(workerData as ConfigData);

answerJobs<PageCheckJob, PageCheck>(({ html, file }) => checker.check(html, file));
