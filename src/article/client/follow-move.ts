/**
 * On the page left at an article's former address: go to the new one, keeping the question the
 * link asked for. Without JavaScript the page itself links every question at its new address.
 */
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
if (canonical) location.replace(`${canonical.href}${location.hash}`);
