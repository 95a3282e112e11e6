import { introDeadline, type YearIntro } from '../core/rules/yearIntro';
import { todayIso } from '../islands/runtime/clock';
import { setUnbreakableText } from './unbreakableText';

/**
 * The home page's current-year box, redone with the device's date: the page
 * was built on another day, and a visitor in a later year must see that year
 * (marked as estimated when the site has no notice for it), never last year's deadline as if current.
 */
function render(): void {
  const box = document.querySelector<HTMLElement>('[data-intros]');
  if (!box) return;
  let intros: YearIntro[];
  try {
    intros = JSON.parse(box.dataset['intros'] ?? '[]') as YearIntro[];
  } catch {
    return;
  }
  const today = todayIso();
  const intro = intros.find((item) => item.year === Number(today.slice(0, 4)));
  if (!intro) return;
  for (const element of box.querySelectorAll<HTMLElement>('[data-intro]')) {
    const key = element.dataset['intro'] as 'heading' | 'headingNote' | 'kinds' | 'basis' | 'deadline';
    const value = key === 'deadline' ? introDeadline(intro, today) : intro[key];
    element.hidden = value === null;
    // Emptied as well as hidden: the heading's name must not keep another year's 推定 label.
    setUnbreakableText(element.querySelector('strong') ?? element, value ?? '');
  }
}

render();
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') render();
});
