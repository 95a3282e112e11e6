import * as z from 'zod/mini';
import {
  KIND_LABELS,
  KINDS,
  RECORDINGS,
  STATUSES,
  WAY_LABELS,
  WAYS,
  WAYS_BY_KIND,
  wayBelongsToKind,
  type DeclarationStatus,
} from '../vocabulary';
import { MAX_ENTRY_TENTHS } from './hoursText';
import { isoDateField } from './isoDate';

/** Dates outside this range are typing slips (0202, 2205), not study. */
const EARLIEST_DATE = '2000-01-01';
const LATEST_DATE = '2100-12-31';

/** Statuses that mean the entry has been declared and so has a declaration date. */
const DECLARED_STATUSES: readonly DeclarationStatus[] = ['declared', 'employerApproved'];

/**
 * One learning activity in a person's log. The same schema guards the form, the
 * database, backups and the engine. Every message is Chinese and names its field.
 */
export const entrySchema = z
  .object({
    /** Stable id (a UUID made on the device). */
    id: z.string().check(z.minLength(1, '缺少记录编号')),
    /** 项目名称: the course or activity as the certificate names it. */
    title: z.string('请填写项目名称').check(
      z.trim(),
      z.minLength(1, '请填写项目名称'),
      z.maxLength(200, '项目名称不能超过 200 字'),
    ),
    /** 科目类别. */
    kind: z.enum(KINDS, '科目类别须为公需科目或专业科目'),
    /** 学习方式; must be one of its kind's ways. */
    way: z.enum(WAYS, '请选择学习方式'),
    /** 开始日期. */
    startDate: isoDateField('开始日期'),
    /** 完成日期: decides which year the hours count in. */
    endDate: isoDateField('完成日期'),
    /** 学时 in integer tenths (12.5 学时 is 125). */
    hoursTenths: z.int('学时最多保留一位小数').check(
      z.gt(0, '学时须大于 0'),
      z.lte(MAX_ENTRY_TENTHS, '学时过大，单条记录不超过 9999.9 学时'),
    ),
    /** Number of the provincial base that gave the course, when it was one. */
    baseNumber: z.optional(z.int('基地编号须为整数').check(z.gte(1, '基地编号须从 1 开始'))),
    /** 机构 as free text (or the base's name). */
    providerName: z.optional(z.string().check(z.trim(), z.maxLength(100, '机构名称不能超过 100 字'))),
    /** 记录方式: recorded by the platform's 学习入口, or to be declared. */
    recording: z.enum(RECORDINGS, '请选择记录方式'),
    /** 申报状态. */
    status: z.enum(STATUSES, '请选择申报状态'),
    /** 申报日期. */
    declaredOn: z.optional(isoDateField('申报日期')),
    /** 单位审核日期. */
    employerApprovedOn: z.optional(isoDateField('单位审核日期')),
    /** 审核合格日期. */
    approvedOn: z.optional(isoDateField('审核合格日期')),
    /** 退回日期. */
    returnedOn: z.optional(isoDateField('退回日期')),
    /** 备注. */
    notes: z.optional(z.string().check(z.maxLength(2000, '备注不能超过 2000 字'))),
  })
  .check(
    z.superRefine((entry, ctx) => {
      const fail = (path: string, message: string, input: unknown) => ctx.issues.push({ code: 'custom', path: [path], message, input });
      if (!wayBelongsToKind(entry.way, entry.kind)) {
        const allowed = WAYS_BY_KIND[entry.kind].map((way) => WAY_LABELS[way]).join('、');
        fail('way', `学习方式“${WAY_LABELS[entry.way]}”不属于${KIND_LABELS[entry.kind]}，可选：${allowed}`, entry.way);
      }
      for (const [field, label] of [
        ['startDate', '开始日期'],
        ['endDate', '完成日期'],
      ] as const) {
        if (entry[field] < EARLIEST_DATE || entry[field] > LATEST_DATE) fail(field, `${label}须在 2000 年至 2100 年之间`, entry[field]);
      }
      if (entry.endDate < entry.startDate) fail('endDate', '完成日期不能早于开始日期', entry.endDate);
      if (entry.recording === 'platform' && entry.status !== 'notDeclared') {
        fail('status', '平台学习入口自动记录的学时无需申报，申报状态应为“未申报”', entry.status);
      }
      if (DECLARED_STATUSES.includes(entry.status) && entry.declaredOn === undefined) {
        fail('declaredOn', '已申报的记录请填写申报日期', entry.declaredOn);
      }
      const after = (field: 'employerApprovedOn' | 'approvedOn' | 'returnedOn', label: string) => {
        const date = entry[field];
        if (date !== undefined && entry.declaredOn !== undefined && date < entry.declaredOn) {
          fail(field, `${label}不能早于申报日期`, date);
        }
      };
      after('employerApprovedOn', '单位审核日期');
      after('approvedOn', '审核合格日期');
      after('returnedOn', '退回日期');
    }),
  );

export type Entry = z.infer<typeof entrySchema>;
/** What a form or import supplies before it is validated. */
export type EntryInput = z.input<typeof entrySchema>;
