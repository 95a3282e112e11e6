import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../runtime/clock';

/**
 * Today, kept current: read again when the page is shown or focused, and at
 * the next midnight, so a page left open overnight moves on to the new day.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = () => {
      setToday(todayIso());
      clearTimeout(timer);
      const now = new Date();
      const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
      timer = setTimeout(refresh, nextMidnight.getTime() - now.getTime());
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    refresh();
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return today;
}
