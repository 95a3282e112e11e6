import { matchesBaseFilter, searchTerms, type SynonymGroup } from '../core/search/baseFilter';
import { basesText } from '../i18n/basesPage';

/**
 * Progressive enhancement of /bases/: the list is complete without this; with
 * it, the (otherwise hidden) filter form narrows the list in place.
 */
function enhance(): void {
  const form = document.querySelector<HTMLFormElement>('#bases-filter');
  const list = document.querySelector<HTMLOListElement>('#bases-list');
  const status = document.querySelector<HTMLElement>('#bases-status');
  if (!form || !list || !status) return;
  const kindSelect = form.querySelector<HTMLSelectElement>('select[name="kind"]');
  const textInput = form.querySelector<HTMLInputElement>('input[name="text"]');
  if (!kindSelect || !textInput) return;
  const items = [...list.querySelectorAll<HTMLLIElement>('li[data-kind]')];
  let groups: SynonymGroup[] = [];
  try {
    groups = JSON.parse(form.dataset['synonyms'] ?? '[]') as SynonymGroup[];
  } catch {
    // The page's own data: without it the filter still matches names as typed.
  }
  const total = items.length;

  const apply = () => {
    const filter = { kind: kindSelect.value, text: textInput.value };
    const { expandedTo } = searchTerms(filter.text, groups);
    let shown = 0;
    for (const item of items) {
      const visible = matchesBaseFilter({ name: item.dataset['name'] ?? '', kind: item.dataset['kind'] ?? '' }, filter, groups);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    const counted = shown === total ? basesText.all(total) : shown === 0 ? basesText.none : basesText.shown(shown, total);
    const expanded = expandedTo.length > 0 ? basesText.widened(textInput.value.trim(), expandedTo) : '';
    status.textContent = basesText.counted(counted, expanded);
    return items.find((item) => !item.hidden) ?? null;
  };

  // On a phone the keyboard covers the list: after typing, the field, the count and the first result are brought into sight.
  const showResults = () => {
    const first = apply();
    const bottom = window.visualViewport?.height ?? window.innerHeight;
    const target = first ?? status;
    if (target.getBoundingClientRect().bottom > bottom) textInput.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };

  form.addEventListener('input', (event) => (event.target === textInput ? showResults() : apply()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // `reset` fires before the controls are cleared; filter once they are.
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.hidden = false;
  apply();
}

enhance();
