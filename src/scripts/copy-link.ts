import { questionAddress } from '../lib/paths';

/** Copies the full address of one question, and says so both on the button and to screen readers. */
class CopyLink extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => void this.copy());
  }

  async copy() {
    const address = questionAddress(location.href, this.dataset['anchor'] ?? '');
    const label = this.querySelector<HTMLElement>('.copy-link-label');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    let message: string;
    try {
      await navigator.clipboard.writeText(address);
      message = 'Link copied';
    } catch {
      message = 'Could not copy';
    }
    if (status) status.textContent = message === 'Link copied' ? `Link copied: ${address}` : `Could not copy the link. Its address is ${address}`;
    if (label) {
      label.textContent = message;
      setTimeout(() => (label.textContent = 'Copy link'), 2500);
    }
  }
}

customElements.define('copy-link', CopyLink);
