/**
 * A worker thread that validates pages with html-validate (`validator-pool.ts`). Node runs this
 * file as it is, so it imports nothing of the site's and uses only types Node can strip.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const validator = new HtmlValidate(new StaticConfigLoader(workerData as ConfigData));

parentPort!.on('message', async ({ id, html, file }: { id: number; html: string; file: string }) => {
  const report = await validator.validateString(html, file);
  const messages = report.results.flatMap((result) => result.messages.map(({ line, column, message, ruleId }) => ({ line, column, message, ruleId })));
  parentPort!.postMessage({ id, messages });
});
