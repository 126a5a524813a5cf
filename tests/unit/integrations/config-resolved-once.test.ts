import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import htmlValidate from '../../../.htmlvalidate.mjs';
import { ConfigResolvedOnce } from '@/integrations/site-checks/config-resolved-once';

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>${body}</body></html>`;
const pages = [
  ['a page with two elements of one id', page('<p id="a">One</p><p id="a">Two</p>')],
  ['a valid page', page('<main><h1>A title</h1><p>Text.</p></main>')],
  ['a page with a block inside a paragraph', page('<p>One <div>two</div></p>')],
  ['a page with an unknown element', page('<main><blink>Old</blink></main>')],
  ['a valid page, again', page('<main><h1>A title</h1><p>Text.</p></main>')],
] as const;

const messagesOf = async (validator: HtmlValidate, html: string) =>
  (await validator.validateString(html, 'page.html')).results.flatMap((result) => result.messages.map(({ ruleId, line, column }) => `${ruleId} ${line}:${column}`));

test('the configuration is resolved once for every page', async () => {
  const loader = new ConfigResolvedOnce(htmlValidate);
  expect(await loader.getConfigFor('one.html')).toBe(await loader.getConfigFor('another.html'));
});

test('pages validated one after another get what html-validate’s own loader finds in each alone', async () => {
  const once = new HtmlValidate(new ConfigResolvedOnce(htmlValidate));
  for (const [, html] of pages) {
    const alone = await messagesOf(new HtmlValidate(new StaticConfigLoader(htmlValidate)), html);
    expect(await messagesOf(once, html)).toEqual(alone);
  }
  expect(await messagesOf(once, pages[0][1])).toContainEqual(expect.stringMatching(/^no-dup-id /));
  expect(await messagesOf(once, pages[1][1])).toEqual([]);
});
