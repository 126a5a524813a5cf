/**
 * Every page's one inline script, run as the page is read in, before any script file has come.
 * Its text is put in the page as it is (`src/layouts/inline-script.ts`), so it uses nothing from
 * outside itself: what it needs comes in as arguments.
 *
 * It does two things:
 * - `/` focuses the search box from the start: a key can come before any script file does.
 * - It holds the page's script files back until the page has painted. The page's script waits
 *   in a `<template>` (the browser neither fetches nor runs what a template holds), and this
 *   moves it into the page once the browser's paint-timing entry says the page has painted, so
 *   no script competes with the first paint for the network or the processor. A frame's
 *   callbacks are no such signal: Chromium runs them for frames it does not paint yet. Nor does
 *   every paint get an entry: Firefox makes none for a page opened at a fragment, the way most
 *   readers arrive. So a while after the load event the script comes all the same; the paint
 *   follows the load closely, and the entry, where there is one, comes first.
 */
export function inlineScript(templateId: string, withoutPaintEntryMs: number): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    const input = document.querySelector<HTMLInputElement>('site-search input[type="search"]');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    setTimeout(() => document.body.append((document.getElementById(templateId) as HTMLTemplateElement).content));
  };
  if ('PerformanceObserver' in self) new PerformanceObserver(show).observe({ type: 'paint', buffered: true });
  addEventListener('load', () => setTimeout(show, withoutPaintEntryMs));
}
