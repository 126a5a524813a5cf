/** A worker thread that validates pages with html-validate (`validator-pool.ts`). */
import { workerData } from 'node:worker_threads';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { ConfigResolvedOnce } from './config-resolved-once.ts';
import { answerJobs } from '../worker-pool.ts';
import type { ValidationJob, ValidationMessage } from './validator-pool.ts';

const validator = new HtmlValidate(new ConfigResolvedOnce(workerData as ConfigData));

answerJobs<ValidationJob, ValidationMessage[]>(async ({ html, file }) => {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map(({ line, column, message, ruleId }) => ({ line, column, message, ruleId })));
});
