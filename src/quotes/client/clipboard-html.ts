import { copyText } from '@/shared/client/clipboard';

/**
 * Writes text with an HTML form of it, for editors that paste rich text; plain text alone where
 * the browser can write nothing else. Apart from clipboard.ts so that it loads only with the code
 * that needs it, not with every page's copy buttons.
 */
export async function copyTextAndHtml(text: string, html: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined') return copyText(text);
  try {
    const blob = (content: string, type: string) => new Blob([content], { type });
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': blob(text, 'text/plain'),
        'text/html': blob(html, 'text/html'),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}
