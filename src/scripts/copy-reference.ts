/** Copies one reference exactly as it reads on the page, and says so on the button and to screen readers. */
class CopyReference extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => void this.copy());
  }

  async copy() {
    const reference = this.querySelector('.cite-reference')?.textContent?.trim() ?? '';
    const style = this.querySelector('h3')?.textContent ?? 'The';
    const label = this.querySelector<HTMLElement>('.copy-reference-label');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(reference);
      copied = true;
    } catch {
      copied = false;
    }
    if (status) status.textContent = copied ? `${style} reference copied` : `Could not copy. Select the ${style} reference to copy it.`;
    if (label) {
      label.textContent = copied ? 'Copied' : 'Could not copy';
      setTimeout(() => (label.textContent = 'Copy'), 2500);
    }
  }
}

customElements.define('copy-reference', CopyReference);
