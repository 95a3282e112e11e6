import * as z from 'zod/mini';
import { EARLIEST_DATE, LATEST_DATE } from '../limits';
import {
  KIND_LABELS,
  KINDS,
  mayBePlatformRecorded,
  RECORDINGS,
  REVIEWERS,
  STATUSES,
  WAY_LABELS,
  WAYS,
  WAYS_BY_KIND,
  wayBelongsToKind,
  type DeclarationStatus,
} from '../vocabulary';
import { MAX_ENTRY_TENTHS } from '../hours/parseHours';
import { isoDateField } from './isoDate';

/** Every status but 待申报 (notDeclared) means the entry was declared, so it has a declaration date. */
const DECLARED_STATUSES: readonly DeclarationStatus[] = ['declared', 'employerApproved', 'approved', 'returned'];

/** An earlier declaration of the entry that was returned; kept when it is declared again. */
export const declarationRoundSchema = z.strictObject({
  declaredOn: isoDateField('申报日期'),
  returnedOn: isoDateField('退回日期'),
  returnedBy: z.enum(REVIEWERS, '退回方须为用人单位或行业主管部门'),
  reason: z.string('请填写退回原因').check(z.trim(), z.minLength(1, '请填写退回原因'), z.maxLength(500, '退回原因不能超过 500 字')),
});

export type DeclarationRound = z.infer<typeof declarationRoundSchema>;

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
    /** What the way was, when it is 其他 (required then). */
    wayNote: z.optional(z.string().check(z.trim(), z.maxLength(100, '学习方式说明不能超过 100 字'))),
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
    /** 用人单位审核通过日期. */
    employerApprovedOn: z.optional(isoDateField('用人单位审核通过日期')),
    /** 行业主管部门审核通过日期: the hours are credited from then. */
    approvedOn: z.optional(isoDateField('行业主管部门审核通过日期')),
    /** 退回日期. */
    returnedOn: z.optional(isoDateField('退回日期')),
    /** Who returned it: 用人单位 or 行业主管部门. */
    returnedBy: z.optional(z.enum(REVIEWERS, '退回方须为用人单位或行业主管部门')),
    /** 退回原因, as the reviewer gave it. */
    returnReason: z.optional(z.string().check(z.trim(), z.maxLength(500, '退回原因不能超过 500 字'))),
    /** Earlier declarations that were returned, oldest first. */
    previousRounds: z.optional(z.array(declarationRoundSchema).check(z.maxLength(50, '重新申报记录过多'))),
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
      if (entry.way === 'other' && (entry.wayNote ?? '') === '') fail('wayNote', '学习方式选“其他”时，请写明是哪种方式', entry.wayNote);
      if (entry.recording === 'platform') {
        if (!mayBePlatformRecorded(entry.way)) {
          fail('recording', `只有在线学习的学时由平台学习入口自动记录；“${WAY_LABELS[entry.way]}”的学时须申报（本站理解）`, entry.recording);
        } else if (entry.status !== 'notDeclared') {
          fail('status', '平台学习入口自动记录的学时无需申报，不能记申报、审核或退回；如果这条已在平台申报，请把记录方式改为“需申报”', entry.status);
        }
      }
      if (DECLARED_STATUSES.includes(entry.status) && entry.declaredOn === undefined) {
        fail('declaredOn', entry.status === 'declared' ? '已申报的记录请填写申报日期' : '审核结果只能记在已申报的记录上，请填写申报日期', entry.declaredOn);
      }
      if (entry.declaredOn !== undefined && entry.declaredOn < entry.endDate) {
        fail('declaredOn', '申报日期不能早于完成日期', entry.declaredOn);
      }
      if (entry.status === 'employerApproved' && entry.employerApprovedOn === undefined) {
        fail('employerApprovedOn', '请填写用人单位审核通过日期', entry.employerApprovedOn);
      }
      if (entry.status === 'approved' && entry.approvedOn === undefined) fail('approvedOn', '请填写行业主管部门审核通过日期', entry.approvedOn);
      if (entry.status === 'returned') {
        if (entry.returnedOn === undefined) fail('returnedOn', '请填写退回日期', entry.returnedOn);
        if (entry.returnedBy === undefined) fail('returnedBy', '请选择退回方', entry.returnedBy);
        if ((entry.returnReason ?? '') === '') fail('returnReason', '请填写退回原因', entry.returnReason);
      }
      const after = (field: 'employerApprovedOn' | 'approvedOn' | 'returnedOn', label: string) => {
        const date = entry[field];
        if (date !== undefined && entry.declaredOn !== undefined && date < entry.declaredOn) {
          fail(field, `${label}不能早于申报日期`, date);
        }
      };
      after('employerApprovedOn', '用人单位审核通过日期');
      after('approvedOn', '行业主管部门审核通过日期');
      after('returnedOn', '退回日期');
      if (entry.approvedOn !== undefined && entry.employerApprovedOn !== undefined && entry.approvedOn < entry.employerApprovedOn) {
        fail('approvedOn', '行业主管部门审核通过日期不能早于用人单位审核通过日期', entry.approvedOn);
      }
      let previous = entry.endDate;
      for (const round of entry.previousRounds ?? []) {
        if (round.declaredOn < previous || round.returnedOn < round.declaredOn) {
          fail('previousRounds', '重新申报记录的日期顺序不正确', round.declaredOn);
          break;
        }
        previous = round.returnedOn;
      }
      if (entry.previousRounds !== undefined && entry.previousRounds.length > 0 && entry.declaredOn !== undefined && entry.declaredOn < previous) {
        fail('declaredOn', '重新申报日期不能早于上次退回日期', entry.declaredOn);
      }
    }),
  );

export type Entry = z.infer<typeof entrySchema>;
/** What a form or import supplies before it is validated. */
export type EntryInput = z.input<typeof entrySchema>;
