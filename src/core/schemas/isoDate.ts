import * as z from 'zod/mini';
import { isRealIsoDate } from '../calendar/days';

export { isRealIsoDate };

/**
 * A calendar day as a YYYY-MM-DD string. Kept as a string, never a Date, so no
 * time zone can shift it. In YAML front matter it must be quoted, or the YAML
 * parser turns it into a Date first.
 */
export const isoDateSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? '缺少日期（YYYY-MM-DD）' : '日期须写成 YYYY-MM-DD 文本（在 YAML 中请加引号）'),
  })
  .check(
  z.refine(isRealIsoDate, '不是有效的日期，须写成 YYYY-MM-DD'),
);

export type IsoDate = z.infer<typeof isoDateSchema>;

/** A date field of a form or record, whose messages name the field (e.g. 开始日期). */
export function isoDateField(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为 YYYY-MM-DD 格式的日期`) })
    .check(z.refine(isRealIsoDate, `${label}不是有效的日期`));
}
