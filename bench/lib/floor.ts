/**
 * The floor a page's first paint is measured against: the same page as plain HTML, with no
 * styles and no scripts (and so no policy to allow them), the fastest that text can paint.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

function isDecoration(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  const element = node as Element;
  if (element.tagName === 'style' || element.tagName === 'script') return true;
  if (element.tagName === 'link' && [element.properties['rel']].flat().map(String).includes('stylesheet')) return true;
  return element.tagName === 'meta' && String(element.properties['httpEquiv']).toLowerCase() === 'content-security-policy';
}

function strip<T extends Root | Element>(parent: T): T {
  parent.children = parent.children.filter((node) => !isDecoration(node)) as T['children'];
  for (const child of parent.children) if (child.type === 'element') strip(child);
  return parent;
}

/** The page's HTML without its styles, scripts and the policy that allows them. */
export function floorPage(html: string): string {
  return toHtml(strip(fromHtml(html)));
}
