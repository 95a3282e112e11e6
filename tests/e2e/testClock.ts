import type { BrowserContext } from '@playwright/test';

/**
 * The "now" of the specs that date their entries within the current year
 * (from early January to early May). The log refuses study dated after today,
 * so before mid-May those dates would be in the future: the browser's clock is
 * then pinned to 15 May of the same year; from then on it is the real clock.
 * E2E_NOW (an ISO date-time) runs the specs as if on another day.
 */
const real = process.env['E2E_NOW'] ? new Date(process.env['E2E_NOW']) : new Date();
/** The year on the browser's calendar (the specs run it in Asia/Shanghai), whatever the machine's zone. */
const shanghaiYear = (date: Date) => Number(date.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
const MID_MAY = new Date(`${shanghaiYear(real)}-05-15T10:00:00+08:00`);
export const TEST_NOW = real >= MID_MAY ? real : MID_MAY;
export const thisYear = shanghaiYear(TEST_NOW);

/** Pins the clock of every page of the context to TEST_NOW (timers keep running); a test may set its own after. */
export async function pinClock(context: BrowserContext): Promise<void> {
  await context.clock.setFixedTime(TEST_NOW);
}
