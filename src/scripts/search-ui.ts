import { excerptParts, hitsFromResults, type PagefindResultData, type SearchHit } from '../lib/search-results';
import { joinBase } from '../lib/paths';
import { HIGHLIGHT_PARAM } from '../lib/highlight';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  const base = import.meta.env.BASE_URL;
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js'))) as PagefindModule;
    // Searching in Pagefind's web worker would download a second copy of its engine (12 KB
    // compressed, more than the index of a small site) to save a few milliseconds per search.
    await module.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, noWorker: true });
    return module;
  })();
  // A failed download is tried again on the next keystroke rather than remembered.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** `showPage` names the article under each hit, needed only when hits come from several articles. */
function hitItem(hit: SearchHit, id: string, showPage: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.id = id;
  link.className = 'search-hit';
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = hit.title;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-hit-excerpt';
  for (const part of excerptParts(hit.excerpt)) {
    const node = part.marked ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.marked) node.textContent = part.text;
    excerpt.append(node);
  }
  link.append(title, excerpt);
  if (showPage && hit.title !== hit.pageTitle) {
    const page = document.createElement('span');
    page.className = 'search-hit-page';
    page.textContent = hit.pageTitle;
    link.append(page);
  }
  item.append(link);
  return item;
}

/** The reader's query, as text, isolated so right-to-left characters in it cannot reorder the sentence around it. */
function quoted(query: string): HTMLElement {
  const element = document.createElement('bdi');
  element.className = 'search-query';
  element.textContent = query;
  return element;
}

/** Turns a plain search form into live search: results as you type, arrows, Enter and Escape. */
export async function enhanceSearch(host: HTMLElement, input: HTMLInputElement): Promise<void> {
  const isPage = host.dataset['variant'] === 'page';
  const form = input.form!;
  const list = host.querySelector<HTMLOListElement>('.search-results')!;
  const status = host.querySelector<HTMLElement>('.search-status')!;
  let latest = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  const close = () => {
    if (isPage) return;
    list.hidden = true;
    status.textContent = '';
  };

  // Pagefind keeps the terms of its latest search for the excerpts and highlight links it hands
  // out, so searches run one at a time; a search overtaken by newer typing is skipped.
  let queue: Promise<void> = Promise.resolve();

  const show = async (query: string, ticket: number) => {
    if (ticket !== latest) return;
    if (query.trim() === '') {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      return;
    }
    const engine = await loadPagefind();
    const found = await engine.search(query);
    const data = await Promise.all((found?.results ?? []).slice(0, 6).map((result) => result.data()));
    if (ticket !== latest) return;
    const hits = hitsFromResults(data);
    const showPage = new Set(hits.map((hit) => hit.pageTitle)).size > 1;
    list.replaceChildren(...hits.map((hit, index) => hitItem(hit, `${input.id}-hit-${index}`, showPage)));
    list.hidden = hits.length === 0;
    if (hits.length === 0) status.replaceChildren('No answer mentions “', quoted(query.trim()), '”.');
    else status.textContent = `${hits.length} ${hits.length === 1 ? 'answer matches' : 'answers match'}.`;
  };

  const run = (query: string) => {
    const ticket = ++latest;
    if (isPage) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    queue = queue.then(() => show(query, ticket)).catch(() => {
      status.textContent = 'Search could not load. Check your connection and try again.';
    });
    return queue;
  };

  const move = (from: Element | null, step: number) => {
    const all = links();
    if (all.length === 0) return;
    const index = from instanceof HTMLAnchorElement ? all.indexOf(from) : -1;
    const next = index + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  };

  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    // With results on screen, Enter opens the best one; otherwise the form goes to the search page.
    const first = links()[0];
    if (first) {
      event.preventDefault();
      first.click();
    }
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      if (!isPage && !list.hidden) {
        close();
        input.focus();
      } else {
        input.value = '';
        void run('');
      }
    }
  });
  host.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !host.contains(event.relatedTarget)) close();
  });
  input.addEventListener('focus', () => {
    if (!isPage && list.childElementCount > 0) list.hidden = false;
  });

  const initial = isPage ? (new URLSearchParams(location.search).get('q') ?? '') : input.value;
  if (isPage && initial) input.value = initial;
  if (input.value) await run(input.value);
}
