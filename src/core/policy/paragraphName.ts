const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * How a paragraph id reads in Chinese, the way the notice numbers its parts:
 * `s2-3` → 二（三）, `s5` → 五. Ids outside that pattern are returned as they are.
 */
export function paragraphName(id: string): string {
  const match = /^s(\d+)(?:-(\d+))?$/.exec(id);
  const section = NUMERALS[Number(match?.[1])];
  if (!match || !section) return id;
  const item = match[2] === undefined || match[2] === '0' ? '' : NUMERALS[Number(match[2])];
  if (item === undefined) return id;
  return item === '' ? section : `${section}（${item}）`;
}

/** "通知二（三）" for a paragraph of a year's notice, as printed outputs cite it. */
export function noticeCitation(policyYear: number, id: string): string {
  return `${policyYear}年通知${paragraphName(id)}`;
}
