import { excerptParts } from '../core/search/excerpt';
import { searchText } from '../i18n/searchPage';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

/** Runs the query from ?q= against the Pagefind index built with the site, and lists the results. */
async function run(): Promise<void> {
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  if (!status || !list || !input) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query === '') {
    status.textContent = searchText.empty;
    return;
  }
  status.textContent = searchText.searching(query);
  try {
    const indexUrl = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
    const search = await pagefind.search(query);
    const found = search?.results ?? [];
    const data = await Promise.all(found.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...data.map(renderResult));
    status.textContent =
      found.length === 0
        ? searchText.noResults(query)
        : searchText.found(found.length, query, MAX_RESULTS);
  } catch {
    status.textContent = searchText.indexFailed;
  }
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  for (const part of excerptParts(result.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(link, excerpt);
  return item;
}

void run();
