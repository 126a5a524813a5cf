const LABEL_RESET_MS = 2500;

/** Writes text to the clipboard; false where the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows a short result on a button's label, then puts its own words back. */
export function flashLabel(label: HTMLElement | null, text: string): void {
  if (!label) return;
  const original = (label.dataset['label'] ??= label.textContent ?? '');
  label.textContent = text;
  setTimeout(() => (label.textContent = original), LABEL_RESET_MS);
}
