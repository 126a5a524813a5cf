/**
 * The search box works as a plain form without JavaScript (it opens the search page). This
 * enhancement adds results as you type; the code that searches, and Pagefind's index, load only
 * when the reader first turns to the box.
 */
class SiteSearch extends HTMLElement {
  #started: Promise<void> | undefined;

  connectedCallback() {
    const input = this.querySelector('input[type="search"]');
    if (!(input instanceof HTMLInputElement)) return;
    const start = () => this.start(input);
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
    // This loads after the first paint: a reader may have turned to the box, or typed, before.
    const begun = document.activeElement === input || input.value !== '';
    if (begun || (this.dataset['variant'] === 'page' && new URLSearchParams(location.search).has('q'))) void start();
  }

  start(input: HTMLInputElement): Promise<void> {
    this.#started ??= import('./search-ui').then(({ enhanceSearch }) => enhanceSearch(this, input));
    return this.#started;
  }
}

customElements.define('site-search', SiteSearch);
