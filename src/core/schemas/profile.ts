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
  /** 工号: the number the 用人单位 knows the person by (optional; carried to the unit in 导出给单位). */
  staffNumber: optionalText('工号', 30),
  /** 证件号码 (optional; letters, digits and -, since 身份证 ends in X and other documents have letters). */
  idNumber: z.optional(z.string().check(z.trim(), z.regex(/^[0-9A-Za-z-]{0,30}$/, '证件号码只能含字母、数字和 -，不超过 30 位'))),
  /** 科室: the department within the unit (optional). */
  department: optionalText('科室', 40),
});

export type Profile = z.infer<typeof profileSchema>;
