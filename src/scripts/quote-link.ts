/**
 * Links to quotes, loaded only when needed: on the first selection inside an answer (for the
 * toolbar that copies a link to it), or for an address whose text fragment the browser did not
 * follow (one that does takes `:~:` out of `location.hash`), to highlight the passage ourselves.
 */
function load() {
  document.removeEventListener('selectionchange', onSelection);
  void import('./quote-links');
}

function onSelection() {
  const selection = getSelection();
  if (selection?.isCollapsed === false && selection.anchorNode?.parentElement?.closest('.question')) load();
}

document.addEventListener('selectionchange', onSelection);
if (location.hash.includes(':~:')) load();
