/**
 * Marks, in the table of contents, the question the reader is reading. A question counts as
 * being read while it crosses a band near the top of the window; at the very end of the page
 * the last question is marked, since a short last answer may never reach that band.
 */
class TocNav extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const links = new Map(
      [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => [decodeURIComponent(link.hash.slice(1)), link]),
    );
    const sections = [...document.querySelectorAll<HTMLElement>('section.question')];
    const visible = new Set<HTMLElement>();

    const mark = () => {
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const current = atEnd ? sections.at(-1) : sections.find((section) => visible.has(section));
      const anchor = current?.getAttribute('aria-labelledby') ?? '';
      for (const [id, link] of links) {
        if (id === anchor) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };

    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target as HTMLElement);
          else visible.delete(entry.target as HTMLElement);
        }
        mark();
      },
      { rootMargin: '-15% 0px -65% 0px' },
    );
    for (const section of sections) this.#observer.observe(section);
    window.addEventListener('scroll', mark, { passive: true });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define('toc-nav', TocNav);
