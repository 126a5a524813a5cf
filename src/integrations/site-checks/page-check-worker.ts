/** A worker thread that validates and reads pages (`page-check-pool.ts`). */
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import type { ConfigData } from 'html-validate';
import { PageChecker, type PageCheck } from './page-reading.ts';
import { answerJobs } from '../worker-pool.ts';
import type { PageCheckJob } from './page-check-pool.ts';

// Pages are checked while others render (`checks-ahead.ts`): at the lowest priority, the checks
// take only the CPU that rendering leaves idle. On Linux the priority is this thread's alone;
// elsewhere it would be the whole build's, so there the checks keep the build's.
if (process.platform === 'linux') setPriority(19);

const checker = new PageChecker(workerData as ConfigData);

answerJobs<PageCheckJob, PageCheck>(({ html, file }) => checker.check(html, file));
