import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The year the log shows: the device's year at first; when the calendar year
 * turns while the page is open it follows, unless the person chose another year.
 */
export function useYear(today: string): [number, (year: number) => void] {
  const todayYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(todayYear);
  const lastTodayYear = useRef(todayYear);
  useEffect(() => {
    if (todayYear === lastTodayYear.current) return;
    if (year === lastTodayYear.current) setYear(todayYear);
    lastTodayYear.current = todayYear;
  }, [todayYear, year]);
  return [year, setYear];
}
