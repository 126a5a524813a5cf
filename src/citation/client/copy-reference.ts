import { copyText, flashLabel } from '@/shared/client/clipboard';

/** Copies one reference exactly as it reads on the page, and says so on the button and to screen readers. */
class CopyReference extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => void this.copy());
  }

  async copy() {
    const reference = this.querySelector('.cite-reference')?.textContent?.trim() ?? '';
    const style = this.querySelector('h3')?.textContent ?? 'The';
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const copied = await copyText(reference);
    if (status) status.textContent = copied ? `${style} reference copied` : `Could not copy. Select the ${style} reference to copy it.`;
    flashLabel(this.querySelector<HTMLElement>('.copy-reference-label'), copied ? 'Copied' : 'Could not copy');
  }
}

customElements.define('copy-reference', CopyReference);
