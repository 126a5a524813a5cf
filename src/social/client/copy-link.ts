import { questionAddress, sharePageAddress } from '@/shared/paths';
import { copyText, flashLabel } from '@/shared/client/clipboard';

/**
 * Copies the address of one question, or of its share page, and says so both on the button and
 * to screen readers. Where the browser can share, a third button hands the share page to it.
 */
class CopyLink extends HTMLElement {
  get anchor(): string {
    return this.dataset['anchor'] ?? '';
  }

  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', () => void this.copy(button));
    }
    const share = this.querySelector<HTMLButtonElement>('button[data-share]');
    if (share && 'share' in navigator) {
      share.hidden = false;
      share.addEventListener('click', () => void this.share());
    }
  }

  async copy(button: HTMLButtonElement) {
    const sharePage = button.dataset['copy'] === 'share-page';
    const address = sharePage ? sharePageAddress(location.href, this.anchor) : questionAddress(location.href, this.anchor);
    const what = sharePage ? 'Share-page link' : 'Link';
    const copied = await copyText(address);
    this.announce(copied ? `${what} copied: ${address}` : `Could not copy the link. Its address is ${address}`);
    flashLabel(button.querySelector<HTMLElement>('.copy-link-label'), copied ? `${what} copied` : 'Could not copy');
  }

  async share() {
    const title = document.getElementById(this.anchor)?.textContent ?? document.title;
    try {
      await navigator.share({ title, url: sharePageAddress(location.href, this.anchor) });
    } catch (error) {
      // Closing the share sheet is the reader's choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) this.announce('Could not share this question');
    }
  }

  announce(message: string) {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (status) status.textContent = message;
  }
}

customElements.define('copy-link', CopyLink);
