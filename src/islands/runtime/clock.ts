/** Today on this device's calendar, as YYYY-MM-DD. The only place the log reads the clock; core gets it passed in. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

