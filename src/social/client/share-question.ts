import { questionAddress, sharePageAddress } from '@/shared/paths';
import { copyText, flashLabel } from '@/shared/client/clipboard';

/**
 * The share control beside each question (`question-tools.ts`): shows its buttons, copies the
 * address of the question or of its share page and says so on the button and to screen readers,
 * hands the share page to the system share sheet where the browser has one, and closes on Escape
 * with focus back on the control. One listener of each kind serves every question.
 */
const CONTROL = 'details.share[data-anchor]';

for (const button of document.querySelectorAll<HTMLButtonElement>(`${CONTROL} button`)) {
  button.hidden = 'share' in button.dataset && !('share' in navigator);
}

function announce(control: HTMLElement, message: string) {
  const status = control.querySelector('[role="status"]');
  if (status) status.textContent = message;
}

async function copy(control: HTMLElement, anchor: string, button: HTMLButtonElement) {
  const sharePage = button.dataset['copy'] === 'share-page';
  const address = sharePage ? sharePageAddress(location.href, anchor) : questionAddress(location.href, anchor);
  const what = sharePage ? 'Share-page link' : 'Link';
  const copied = await copyText(address);
  announce(control, copied ? `${what} copied: ${address}` : `Could not copy the link. Its address is ${address}`);
  flashLabel(button.querySelector('span'), copied ? `${what} copied` : 'Could not copy');
}

async function share(control: HTMLElement, anchor: string) {
  const title = document.getElementById(anchor)?.textContent ?? document.title;
  try {
    await navigator.share({ title, url: sharePageAddress(location.href, anchor) });
  } catch (error) {
    // Closing the share sheet is the reader's choice, not a failure.
    if (!(error instanceof DOMException && error.name === 'AbortError')) announce(control, 'Could not share this question');
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(`${CONTROL} button`) : null;
  const control = button?.closest<HTMLDetailsElement>(CONTROL);
  const anchor = control?.dataset['anchor'];
  if (!button || !control || !anchor) return;
  void ('share' in button.dataset ? share(control, anchor) : copy(control, anchor, button));
});

document.addEventListener('keydown', (event) => {
  const control = event.target instanceof Element ? event.target.closest<HTMLDetailsElement>(CONTROL) : null;
  if (event.key !== 'Escape' || !control?.open) return;
  control.open = false;
  control.querySelector('summary')?.focus();
});
