import { forgivingSearch, type SearchOutcome, type SearchSettings } from './forgiving-search';
import { joinBase } from '@/shared/paths';
import { lexiconKnowledge, type SearchKnowledge } from './knowledge';
import { SHORTEST_QUERY, shownPagesData, type PagefindResultData, type PagefindResults, type SearchHit } from './results';
import { searchFailureMessage } from './search-failure';
import { searchableNow, TYPING_PAUSE_MS } from './words';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the engine and the index's table of contents, ahead of the first search. */
  init(): Promise<void>;
  search(query: string): Promise<PagefindResults | null>;
}

let pagefind: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  const base = import.meta.env.BASE_URL;
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js'))) as PagefindModule;
    // Searching in Pagefind's web worker would download a second copy of its engine (12 KB
    // compressed, more than the index of a small site) to save a few milliseconds per search.
    // Its excerpts and highlight links go unused: results.ts makes both from the words it found.
    await module.options({ baseUrl: base, noWorker: true });
    return module;
  })();
  // A failed download is tried again on the next keystroke rather than remembered.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

let knowledge: Promise<SearchKnowledge | null> | undefined;

/** One of the lexicon's files, below the base path. */
async function fetchLexiconFile(path: string): Promise<unknown> {
  const response = await fetch(joinBase(import.meta.env.BASE_URL, path));
  if (!response.ok) throw new Error(response.statusText);
  return response.json();
}

/**
 * The lexicon makes search forgiving but is not needed for it: if it fails to load, search goes
 * on as Pagefind alone, and the next search tries the download again.
 */
function loadKnowledge(): Promise<SearchKnowledge | null> {
  knowledge ??= lexiconKnowledge(fetchLexiconFile).catch(() => {
    knowledge = undefined;
    return null;
  });
  return knowledge;
}

async function searchPagefind(query: string, isCurrent: () => boolean, settings: SearchSettings): Promise<PagefindResultData[]> {
  return shownPagesData(await (await loadPagefind()).search(query), isCurrent, settings);
}


/** Asks for the query exactly as typed, with no correction: the "search instead for" link. */
const AS_TYPED_PARAM = 'spelling';
const AS_TYPED_VALUE = 'as-typed';

/** The search page's address for a query, so a correction's or suggestion's link can also be opened in a new tab or copied. */
function searchHref(query: string, asTyped = false): string {
  const params = new URLSearchParams({ q: query });
  if (asTyped) params.set(AS_TYPED_PARAM, AS_TYPED_VALUE);
  return `${joinBase(import.meta.env.BASE_URL, 'search/')}?${params}`;
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
  for (const part of hit.excerpt) {
    const node = part.marked ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.marked) node.textContent = part.text;
    excerpt.append(node);
  }
  link.append(title, excerpt);
  if (hit.renamed.length > 0) {
    const renamed = document.createElement('span');
    renamed.className = 'search-hit-renamed';
    renamed.textContent = `Found as ${hit.renamed.map(({ typed, searched }) => `“${searched}”, a name for “${typed}”`).join('; ')}`;
    link.append(renamed);
  }
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

/** A link to another search: a plain click runs it in place; a new tab opens the search page for it. */
function searchLink(query: string, asTyped: boolean, onChoose: () => void): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = searchHref(query, asTyped);
  link.append(quoted(query));
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChoose();
  });
  return link;
}

/** Turns a plain search form into live search: results as you type, arrows, Enter and Escape. */
export async function enhanceSearch(host: HTMLElement, input: HTMLInputElement): Promise<void> {
  const isPage = host.dataset['variant'] === 'page';
  const form = input.form!;
  const panel = host.querySelector<HTMLElement>('.search-panel')!;
  const list = host.querySelector<HTMLOListElement>('.search-results')!;
  const status = host.querySelector<HTMLElement>('.search-status')!;
  let latest = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  const showPanel = (visible: boolean) => {
    list.hidden = list.childElementCount === 0;
    panel.hidden = !visible;
  };
  const clear = () => {
    list.replaceChildren();
    status.replaceChildren();
    showPanel(false);
  };
  const close = () => {
    if (isPage) return;
    panel.hidden = true;
  };

  // Searches run one at a time, in order; a search overtaken by newer typing is skipped.
  let queue: Promise<void> = Promise.resolve();
  let pause: ReturnType<typeof setTimeout> | undefined;
  /** What the results on screen show, so a search after a pause that finds the same leaves them alone. */
  let onScreen = '';

  /** The line above the results: what was searched instead of the query, or what may have been meant. */
  const correctionLine = (outcome: SearchOutcome): HTMLElement | null => {
    const line = document.createElement('p');
    line.className = 'search-correction';
    if (outcome.correction) {
      const { typed, corrected } = outcome.correction;
      line.append(
        'Showing results for ',
        quoted(corrected),
        ' — search instead for ',
        searchLink(typed, true, () => {
          void run(typed, { asTyped: true });
          input.focus();
        }),
      );
      return line;
    }
    if (outcome.suggestions.length === 0) return null;
    line.append('Did you mean ');
    outcome.suggestions.forEach((suggestion, index) => {
      if (index > 0) line.append(index === outcome.suggestions.length - 1 ? ' or ' : ', ');
      line.append(
        searchLink(suggestion, false, () => {
          input.value = suggestion;
          void run(suggestion);
          input.focus();
        }),
      );
    });
    line.append('?');
    return line;
  };

  const show = async (typed: string, ticket: number, typedSettings: SearchSettings) => {
    if (ticket !== latest) return;
    const now = searchableNow(typed.trim(), typedSettings.stillTyping ?? false);
    const [query, settings] = [now.query, { ...typedSettings, stillTyping: now.stillTyping }];
    if (query.length < SHORTEST_QUERY) {
      onScreen = '';
      clear();
      // Not searched, but the reader has begun: what the search needs starts loading for the letters to come.
      if (typed.trim() !== '') void Promise.all([loadPagefind().then((engine) => engine.init()), loadKnowledge()]).catch(() => undefined);
      return;
    }
    const [, known] = await Promise.all([loadPagefind(), loadKnowledge()]);
    // Typing, or a pause, while the index loaded: only the newest search is worth running.
    if (ticket !== latest) return;
    const outcome = await forgivingSearch(query, (words) => searchPagefind(words, () => ticket === latest, settings), known, settings);
    if (ticket !== latest) return;
    const shown = JSON.stringify(outcome);
    if (shown === onScreen && !panel.hidden) return;
    onScreen = shown;
    const { hits } = outcome;
    const showPage = new Set(hits.map((hit) => hit.pageTitle)).size > 1;
    list.replaceChildren(...hits.map((hit, index) => hitItem(hit, `${input.id}-hit-${index}`, showPage)));
    const count = document.createElement('p');
    if (hits.length === 0) count.append('No answer mentions “', quoted(outcome.searched), '”.');
    else count.textContent = `${hits.length} ${hits.length === 1 ? 'answer matches' : 'answers match'}.`;
    const correction = correctionLine(outcome);
    status.replaceChildren(...(correction ? [correction] : []), count);
    showPanel(true);
  };

  const run = (query: string, settings: SearchSettings = {}) => {
    clearTimeout(pause);
    const ticket = ++latest;
    const { asTyped = false } = settings;
    if (isPage) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (asTyped) url.searchParams.set(AS_TYPED_PARAM, AS_TYPED_VALUE);
      else url.searchParams.delete(AS_TYPED_PARAM);
      history.replaceState(history.state, '', url);
    }
    queue = queue.then(() => show(query, ticket, settings)).catch(() => {
      const failure = document.createElement('p');
      failure.textContent = searchFailureMessage({ inDevServer: import.meta.env.DEV });
      onScreen = '';
      status.replaceChildren(failure);
      showPanel(true);
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

  input.addEventListener('input', () => {
    const query = input.value;
    // A space or closing quote after the last word says it is finished; otherwise the reader may be typing it still, until they pause.
    const stillTyping = !/[\s"“”]$/u.test(query);
    void run(query, { stillTyping });
    if (stillTyping) pause = setTimeout(() => void run(query), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    // Enter searches what was typed as finished, then opens the best result; with none, the form goes to the search page.
    event.preventDefault();
    void run(input.value).then(() => {
      const first = links()[0];
      if (first) first.click();
      else form.submit();
    });
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // The reader is choosing among the results on screen: they stay as they are.
      clearTimeout(pause);
      event.preventDefault();
      move(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      if (!isPage && !panel.hidden) {
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
  input.addEventListener('focus', () => showPanel(true));

  const params = new URLSearchParams(location.search);
  const initial = isPage ? (params.get('q') ?? '') : input.value;
  if (isPage && initial) input.value = initial;
  if (input.value) await run(input.value, { asTyped: isPage && params.get(AS_TYPED_PARAM) === AS_TYPED_VALUE });
}
