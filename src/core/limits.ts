/**
 * How much one person's log may hold. 10,000 entries is a century of yearly
 * continuing education; up to it, even with all of them in one year, the log
 * opens, saves and restores quickly (npm run bench measures it at the limit),
 * and beyond it every write is refused with a message rather than slowing the
 * app down for good.
 */
export const MAX_ENTRIES = 10_000;

export const TOO_MANY_ENTRIES_MESSAGE = `本机最多保存 ${MAX_ENTRIES} 条记录，已达上限，本次没有保存。`;

/** The span of dates the log keeps (a date outside it is a typing slip, refused with a message at its field or cell). */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
