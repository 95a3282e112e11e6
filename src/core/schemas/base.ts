import * as z from 'zod/mini';

/**
 * Kinds we assign to the bases by hand so the directory can be filtered. The
 * notice itself does not classify them; the site says so next to the filter.
 */
export const BASE_KINDS = ['本科高校', '职业院校', '学会/协会', '医院', '企业', '其他机构'] as const;

export const baseKindSchema = z.enum(BASE_KINDS);

export type BaseKind = z.infer<typeof baseKindSchema>;

/** One provincial continuing-education base, as listed in the notice's attachment. */
export const baseSchema = z.strictObject({
  /** The number in front of the name in the attachment (1-based, official order). */
  number: z.int().check(z.gte(1)),
  /** The name exactly as the attachment prints it. */
  name: z.string().check(z.minLength(1), z.trim()),
  /** Our own classification, for filtering only. */
  kind: baseKindSchema,
});

export type Base = z.infer<typeof baseSchema>;

/** The whole attachment (content/bases/bases.json): numbering must run 1, 2, … with no gap or repeat. */
export const basesFileSchema = z.strictObject({
  /** Year of the notice whose attachment this list is. */
  policyYear: z.int().check(z.gte(2015), z.lte(2100)),
  /** The attachment's title as printed. */
  title: z.string().check(z.minLength(1)),
  bases: z.array(baseSchema).check(
    z.minLength(1),
    z.superRefine((bases, ctx) => {
      const seenNames = new Map<string, number>();
      bases.forEach((base, index) => {
        const expected = index + 1;
        if (base.number !== expected) {
          ctx.issues.push({
            code: 'custom',
            input: base.number,
            path: [index, 'number'],
            message: `编号应为 ${expected}（须从 1 起连续、不重复），实际为 ${base.number}`,
          });
        }
        const earlier = seenNames.get(base.name);
        if (earlier !== undefined) {
          ctx.issues.push({
            code: 'custom',
            input: base.name,
            path: [index, 'name'],
            message: `名称“${base.name}”与第 ${earlier} 项重复`,
          });
        } else {
          seenNames.set(base.name, base.number);
        }
      });
    }),
  ),
});

export type BasesFile = z.infer<typeof basesFileSchema>;
