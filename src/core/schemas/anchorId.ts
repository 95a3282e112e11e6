import * as z from 'zod/mini';

/**
 * A stable id of a heading or paragraph of a notice (`s2-1`, `preamble`), used
 * as the URL fragment other pages link to. Lower-case so links never differ by case.
 */
export const anchorIdSchema = z.string().check(
  z.regex(/^[a-z][a-z0-9-]*$/, '段落编号只能含小写字母、数字和连字符，且以字母开头'),
);

export type AnchorId = z.infer<typeof anchorIdSchema>;
