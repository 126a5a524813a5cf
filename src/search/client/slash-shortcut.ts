/**
 * `/` focuses the first search box on the page, unless the reader is typing somewhere. Imported by
 * every page's entry (`src/layouts/client/enhance.ts`) at once, not after the first paint: a key
 * can come before the search box's own script has loaded.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
  const input = document.querySelector<HTMLInputElement>('site-search input[type="search"]');
  if (!input) return;
  event.preventDefault();
  input.focus();
});
