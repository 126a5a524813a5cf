/**
 * Links to quotes, loaded only when needed: on the first selection inside an answer (for the
 * toolbar that copies a link to it), or in a browser that does not follow text fragments, to
 * highlight the passage a link leads to ourselves. A module loads once: later calls cost nothing.
 */
const load = () => void import('./quotes');

function loadOnSelection() {
  const selection = getSelection();
  if (!selection?.isCollapsed && selection?.anchorNode?.parentElement?.closest('.question')) load();
}
document.addEventListener('selectionchange', loadOnSelection);
// This loads after the first paint: the reader may have selected a passage before.
loadOnSelection();
// Where the browser follows text fragments there is nothing to do on arrival (quote-arrival.ts says when there is).
if (!('fragmentDirective' in document)) load();
