import * as z from 'zod/mini';
import { anchorIdSchema } from './anchorId';
import { isoDateSchema } from './isoDate';

/**
 * The national floor every provincial rule must keep (人社部令第25号, art. 8):
 * at least 90 学时 a year, of which 专业科目 generally at least two thirds.
 */
export const NATIONAL_MIN_TOTAL_TENTHS = 900;

/** A value of the rule together with the id of the notice paragraph that states it. */
function cited<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({
    value,
    /** Anchor id of the paragraph in content/policy/<policyYear>.md that states this value. */
    cite: anchorIdSchema,
  });
}

const tenths = z.int('学时须为整数（以 0.1 学时为单位）').check(z.gte(0));
const workingDays = z.int().check(z.gte(1), z.lte(60));

/** One year's requirement as data (content/rules/<year>.json). 学时 are integer tenths: 90 学时 is 900. */
export const ruleSetSchema = z
  .strictObject({
    /** The year of continuing education this rule governs. */
    year: z.int().check(z.gte(2015), z.lte(2100)),
    /** The year of the notice the values are cited from. */
    policyYear: z.int().check(z.gte(2015), z.lte(2100)),
    /** Minimum 学时 in total. */
    totalTenths: cited(tenths),
    /** Minimum 学时 of 公需科目. */
    publicTenths: cited(tenths),
    /** Minimum 学时 of 专业科目. */
    professionalTenths: cited(tenths),
    /** Last day to finish and declare the year's hours. */
    declareBy: cited(isoDateSchema),
    /** Working days the employer (用人单位) has at most to review a declaration. */
    employerReviewWorkingDays: cited(workingDays),
    /** Working days the industry authority (行业主管部门) has at most to review a declaration. */
    authorityReviewWorkingDays: cited(workingDays),
    /** Whether hours may be carried over to the next year. */
    carryOver: cited(z.boolean()),
  })
  .check(
    z.superRefine((rule, ctx) => {
      const total = rule.totalTenths.value;
      const professional = rule.professionalTenths.value;
      const sumOfKinds = rule.publicTenths.value + professional;
      if (total < NATIONAL_MIN_TOTAL_TENTHS) {
        ctx.issues.push({
          code: 'custom',
          input: total,
          path: ['totalTenths', 'value'],
          message: `总学时低于全国下限 90 学时（${NATIONAL_MIN_TOTAL_TENTHS}），实际为 ${total}`,
        });
      }
      if (professional * 3 < total * 2) {
        ctx.issues.push({
          code: 'custom',
          input: professional,
          path: ['professionalTenths', 'value'],
          message: '专业科目学时低于全国规定：人力资源社会保障部令第25号第八条规定，专业科目“一般不少于总学时的三分之二”',
        });
      }
      if (sumOfKinds > total) {
        ctx.issues.push({
          code: 'custom',
          input: sumOfKinds,
          path: ['totalTenths', 'value'],
          message: '公需科目与专业科目之和不能超过总学时要求',
        });
      }
      const declareYear = Number(rule.declareBy.value.slice(0, 4));
      if (declareYear !== rule.year && declareYear !== rule.year + 1) {
        ctx.issues.push({
          code: 'custom',
          input: rule.declareBy.value,
          path: ['declareBy', 'value'],
          message: `申报截止日期应在 ${rule.year} 年或次年`,
        });
      }
      if (rule.policyYear > rule.year) {
        ctx.issues.push({
          code: 'custom',
          input: rule.policyYear,
          path: ['policyYear'],
          message: '规则不能引用晚于其年度的通知',
        });
      }
    }),
  );

export type RuleSet = z.infer<typeof ruleSetSchema>;
