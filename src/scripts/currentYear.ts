import { resolveRule } from '../core/rules/resolveRule';
import { yearIntro } from '../core/rules/yearIntro';
import type { RuleSet } from '../core/schemas/ruleSet';
import { todayIso } from '../islands/clock';

/**
 * The home page's current-year box, redone with the device's date: the page
 * was built on another day, and a visitor in a later year must see that year
 * (推定 when the site has no notice for it), never last year's deadline as if current.
 */
function render(): void {
  const box = document.querySelector<HTMLElement>('[data-rules]');
  if (!box) return;
  let rules: RuleSet[];
  try {
    rules = JSON.parse(box.dataset['rules'] ?? '[]') as RuleSet[];
  } catch {
    return;
  }
  if (rules.length === 0) return;
  const today = todayIso();
  const intro = yearIntro(resolveRule(Number(today.slice(0, 4)), rules), today);
  const set = (key: string, value: string | null) => {
    const element = box.querySelector<HTMLElement>(`[data-intro="${key}"]`);
    if (!element) return;
    element.hidden = value === null;
    const target = element.querySelector('strong') ?? element;
    if (value !== null) target.textContent = value;
  };
  set('heading', intro.heading);
  set('basis', intro.basis);
  set('deadline', intro.deadline);
}

render();
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') render();
});
