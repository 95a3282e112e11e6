import * as z from 'zod/mini';

const optionalText = (label: string, max: number) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, `${label}不能超过 ${max} 字`)));

/** The person, as the summary PDF prints them. Every field is optional: blanks become lines to fill by hand. */
export const profileSchema = z.object({
  /** 姓名. */
  name: optionalText('姓名', 40),
  /** 工作单位. */
  employer: optionalText('工作单位', 100),
  /** 专业技术职务/职称. */
  title: optionalText('职称', 40),
  /** 专业. */
  specialty: optionalText('专业', 40),
  /** 联系电话. */
  phone: z.optional(
    z.string().check(z.trim(), z.regex(/^[0-9+\-\s()（）]{0,20}$/, '联系电话只能含数字、空格和 + - ( )，不超过 20 位')),
  ),
});

export type Profile = z.infer<typeof profileSchema>;
