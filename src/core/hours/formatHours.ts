/** Tenths of a 学时 as people write them: 900 → "90", 125 → "12.5". */
export function formatHours(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  const sign = tenths < 0 && whole === 0 ? '-' : '';
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${rest}`;
}
