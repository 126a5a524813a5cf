import { collapseWhitespace, quoteAddress, textDirectiveFor, wholeWords, type TextSpan } from './text-fragment';
import { quoteWithCitation, scholarDateValue } from './quote-citation';
import { copyText, flashLabel } from '@/shared/client/clipboard';
import { copyTextAndHtml } from './clipboard-html';
import { PageText } from './page-text';

/** What the two buttons copy, fixed when the toolbar is shown so that a click that moves the selection copies what the reader saw. */
interface Quote {
  /** Where the passage lies in the page's text. */
  span: TextSpan;
  text: string;
  address: string;
}

/** Parts of a question that are not its answer: its heading and tools, and whatever search leaves out. */
const NOT_ANSWER = '.question-heading, [data-pagefind-ignore], .quote-tools';

const meta = (name: string) => [...document.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`)].map((tag) => tag.content);

function button(action: string, label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.dataset['quoteAction'] = action;
  const text = document.createElement('span');
  text.className = 'quote-tools-label';
  text.textContent = label;
  element.append(text);
  return element;
}

/** The element of `section` that holds `node`: where the toolbar goes, so that Tab reaches it next. */
function childOf(section: Element, node: Node): Element {
  let child = node instanceof Element ? node : node.parentElement!;
  while (child.parentElement !== section) child = child.parentElement!;
  return child;
}

/**
 * The quote toolbar: shown under a selection inside one answer, positioned over the text so that
 * nothing moves, and placed in the page right after the selected paragraph, where a screen reader
 * reads it next. Tab from the text goes to it; Escape closes it.
 */
class QuoteTools {
  readonly #toolbar = document.createElement('div');
  readonly #status = document.createElement('span');
  #quote: Quote | undefined;
  /** The passage whose toolbar the reader closed with Escape: not shown again until the selection changes. */
  #dismissed: TextSpan | undefined;

  constructor() {
    this.#toolbar.className = 'quote-tools';
    this.#toolbar.setAttribute('role', 'group');
    this.#toolbar.setAttribute('aria-label', 'Selected quote');
    this.#status.className = 'sr-only';
    this.#status.setAttribute('role', 'status');
    const link = button('link', 'Copy link to this quote');
    const cite = button('cite', 'Copy quote with citation');
    link.addEventListener('click', () => void this.copyLink(link));
    cite.addEventListener('click', () => void this.copyCitation(cite));
    this.#toolbar.append(link, cite, this.#status);
    // Pressing a button must not clear the selection it is about.
    this.#toolbar.addEventListener('mousedown', (event) => event.preventDefault());

    let pending: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener('selectionchange', () => {
      clearTimeout(pending);
      pending = setTimeout(() => this.update(), 150);
    });
    window.addEventListener('resize', () => this.update());
    document.addEventListener('keydown', (event) => {
      if (!this.#toolbar.isConnected) return;
      if (event.key === 'Escape') {
        this.#dismissed = this.#quote?.span;
        this.hide();
      }
      // Tab from the text goes to the toolbar: from the page, or a container of the text such as <main tabindex=-1>, focused by a click.
      const reading = !document.activeElement || document.activeElement.contains(this.#toolbar);
      if (event.key === 'Tab' && !event.shiftKey && reading) {
        // The selection may have grown since the last update, which waits for it to settle.
        this.update();
        if (!this.#toolbar.isConnected) return;
        event.preventDefault();
        this.#toolbar.querySelector('button')?.focus();
      }
    });
    this.update();
  }

  update() {
    if (this.#toolbar.contains(document.activeElement)) return;
    const selection = getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    if (!range) this.#dismissed = undefined;
    const shown = range && this.show(range);
    if (!shown) this.hide();
  }

  /** Shows the toolbar for a selection; false where the selection is not wholly inside one answer. */
  show(range: Range): boolean {
    const page = new PageText(document.body, '.quote-tools');
    const span = wholeWords(page.text, {
      start: page.offsetAt(range.startContainer, range.startOffset),
      end: page.offsetAt(range.endContainer, range.endOffset),
    });
    if (this.#dismissed && this.#dismissed.start === span.start && this.#dismissed.end === span.end) return false;
    this.#dismissed = undefined;
    const nodes = page.nodesIn(span);
    const first = nodes[0]?.node.parentElement;
    const last = nodes.at(-1)?.node.parentElement;
    const section = first?.closest('.article-body section.question');
    if (!first || !last || !section || last.closest('section.question') !== section || first.closest(NOT_ANSWER) || last.closest(NOT_ANSWER)) return false;
    const anchor = section.querySelector('h2[id]')?.id;
    const directive = textDirectiveFor(page.text, span);
    const quoted = page.rangeOf(span);
    if (!anchor || !directive || !quoted) return false;

    this.#quote = {
      span,
      text: collapseWhitespace(page.text.slice(span.start, span.end)),
      address: quoteAddress(location.href, anchor, directive),
    };
    childOf(section, quoted.endContainer).after(this.#toolbar);
    this.place(section, quoted);
    return true;
  }

  /** Under the selection's last line, within the answer's width; measured from the page's origin, the toolbar's containing block. */
  place(section: Element, quoted: Range) {
    const lines = quoted.getClientRects();
    const lastLine = lines[lines.length - 1] ?? quoted.getBoundingClientRect();
    const page = document.body.getBoundingClientRect();
    const answer = section.getBoundingClientRect();
    const style = this.#toolbar.style;
    style.maxWidth = `${answer.width}px`;
    const left = Math.min(quoted.getBoundingClientRect().left, answer.right - this.#toolbar.offsetWidth);
    style.left = `${Math.max(left, answer.left) - page.left}px`;
    style.top = `${lastLine.bottom - page.top + 6}px`;
  }

  hide() {
    this.#toolbar.remove();
    this.#quote = undefined;
    // Shown again for another quote, it must not say what was done with this one.
    this.#status.textContent = '';
  }

  async copyLink(from: HTMLButtonElement) {
    if (!this.#quote) return;
    const { address } = this.#quote;
    const copied = await copyText(address);
    this.#status.textContent = copied ? `Link to the quote copied: ${address}` : `Could not copy the link. Its address is ${address}`;
    flashLabel(from.querySelector('.quote-tools-label'), copied ? 'Link copied' : 'Could not copy');
  }

  async copyCitation(from: HTMLButtonElement) {
    if (!this.#quote) return;
    const [title = document.title] = meta('citation_title');
    const [publisher = ''] = meta('citation_publisher');
    const [date = ''] = meta('citation_publication_date');
    const citation = quoteWithCitation({
      quote: this.#quote.text,
      authors: meta('citation_author'),
      title,
      publisher,
      published: scholarDateValue(date),
      url: this.#quote.address,
    });
    const copied = await copyTextAndHtml(citation.text, citation.html);
    this.#status.textContent = copied ? 'Quote with citation copied' : 'Could not copy the quote';
    flashLabel(from.querySelector('.quote-tools-label'), copied ? 'Quote copied' : 'Could not copy');
  }
}

export function startQuoteTools(): void {
  new QuoteTools();
}
