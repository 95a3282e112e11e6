import { describe, expect, it } from 'vitest';
import { cardFields } from '../../../../src/core/declare/cardFields';
import { chaseRuleBasis, overdueChases } from '../../../../src/core/declare/chase';
import { declareChecklist } from '../../../../src/core/declare/checklist';
import { entryFolderName, uploadCopyName } from '../../../../src/core/declare/fileNames';
import { markDeclared } from '../../../../src/core/declare/markDeclared';
import { EARLY_DATE_MESSAGES, FUTURE_DATE_MESSAGES } from '../../../../src/core/entries/acceptEntry';
import { appFigures, parsePlatformFigures, readReconciliation, reconcile } from '../../../../src/core/declare/reconcile';
import { DEFAULT_UPLOAD_LIMIT, evidenceFit, MB, parseLimitMegabytes, readUploadLimit } from '../../../../src/core/declare/uploadLimit';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { CALENDAR, RULE_2025, RULE_SETS } from '../../../helpers/engine';
import { logged } from '../../../helpers/yearScenarios';

const returned = (endDate: string, hoursTenths: number) =>
  logged({ kind: 'professional', hoursTenths, startDate: endDate, endDate, status: 'returned', declaredOn: '2025-09-01', returnedOn: '2025-09-03', returnedBy: 'employer', returnReason: '证书照片不清晰' });
const undeclared = (endDate: string, hoursTenths: number, kind: 'public' | 'professional' = 'professional') => logged({ kind, hoursTenths, startDate: endDate, endDate });
const pending = (declaredOn: string, hoursTenths: number) => logged({ kind: 'professional', hoursTenths, status: 'declared', declaredOn });

function year() {
  const entries = [
    undeclared('2025-06-01', 30),
    returned('2025-08-20', 45),
    pending('2025-11-03', 20),
    undeclared('2025-02-01', 60, 'public'),
    returned('2025-04-01', 25),
    undeclared('2025-04-01', 10),
    pending('2025-11-25', 40),
    logged({ kind: 'public', way: 'onlineStudy', recording: 'platform', hoursTenths: 100 }),
    undeclared('2024-12-30', 99),
  ];
  const report = evaluateYear(RULE_2025, entries, { asOf: '2025-11-28', calendar: CALENDAR });
  return { entries, report };
}

describe('the 申报清单', () => {
  it('lists returned first, then never declared, oldest first, with the report’s counts and 学时', () => {
    const { entries, report } = year();
    const list = declareChecklist(entries, 2025, report.deadline?.declareBy ?? null, report.pendingReviews);
    expect(list.items.map((item) => [item.number, item.state, item.entry.endDate, item.entry.hoursTenths])).toEqual([
      [1, 'returned', '2025-04-01', 25],
      [2, 'returned', '2025-08-20', 45],
      [3, 'notDeclared', '2025-02-01', 60],
      [4, 'notDeclared', '2025-04-01', 10],
      [5, 'notDeclared', '2025-06-01', 30],
    ]);
    expect(list.returned).toEqual({ count: 2, tenths: report.total.returnedTenths });
    expect(list.notDeclared).toEqual({ count: 3, tenths: report.total.notDeclaredTenths });
    expect(list.pending.map((item) => [item.entry.declaredOn, item.review?.overdue])).toEqual([
      ['2025-11-03', true],
      ['2025-11-25', false],
    ]);
  });

  it('offers a chase for the overdue review only, with the report’s due date', () => {
    const { report } = year();
    const chases = overdueChases(report.pendingReviews);
    expect(chases).toHaveLength(1);
    expect(chases[0]).toMatchObject({ stage: 'employer', declaredOn: '2025-11-03', dueBy: report.pendingReviews[0]?.employerDueBy });
  });
});

describe('标记为已申报', () => {
  const entry = undeclared('2025-06-01', 30);
  const back = returned('2025-08-20', 45);
  it.each([
    ['today', entry, '2025-11-28', { ok: true }],
    ['the day of completion', entry, '2025-06-01', { ok: true }],
    ['before completion', entry, '2025-05-31', { ok: false, problem: 'refused', message: '申报日期不能早于完成日期' }],
    ['after today', entry, '2025-11-29', { ok: false, problem: 'refused', message: FUTURE_DATE_MESSAGES.declaredOn }],
    ['in 1999', entry, '1999-12-31', { ok: false, problem: 'refused', message: EARLY_DATE_MESSAGES.declaredOn }],
    ['not a date', entry, '2025-02-30', { ok: false, problem: 'invalid' }],
    ['letters', entry, 'abc', { ok: false, problem: 'invalid' }],
    ['a returned entry before its return', back, '2025-09-02', { ok: false, problem: 'refused', message: '重新申报日期不能早于上次退回日期' }],
    ['an entry already under review', pending('2025-11-03', 20), '2025-11-28', { ok: false, problem: 'alreadyDeclared' }],
  ] as const)('%s', (_name, input, date, expected) => {
    const before = structuredClone(input);
    expect(markDeclared(input, date, '2025-11-28')).toMatchObject(expected);
    expect(input).toEqual(before);
  });

  it('keeps a returned round and starts a new review', () => {
    const result = markDeclared(back, '2025-11-28', '2025-11-28');
    if (!result.ok) throw new Error(result.problem === 'refused' ? result.message : result.problem);
    expect(result.entry).toMatchObject({ status: 'declared', declaredOn: '2025-11-28', previousRounds: [{ declaredOn: '2025-09-01', returnedOn: '2025-09-03', returnedBy: 'employer', reason: '证书照片不清晰' }] });
    expect(result.entry.returnedOn).toBeUndefined();
    expect(result.entry.returnReason).toBeUndefined();
  });
});

describe('the 申报卡', () => {
  it('lays out the entry’s own data as text to copy', () => {
    const entry = logged({ kind: 'professional', way: 'other', wayNote: '学术会议', hoursTenths: 125, title: ' 病例讨论 ', providerName: '河南大学', notes: '第 2 期', startDate: '2025-03-01', endDate: '2025-03-02' });
    expect(cardFields(entry)).toEqual([
      { field: 'title', value: '病例讨论' },
      { field: 'kind', value: '专业科目' },
      { field: 'way', value: '学术会议' },
      { field: 'startDate', value: '2025-03-01' },
      { field: 'endDate', value: '2025-03-02' },
      { field: 'hours', value: '12.5' },
      { field: 'provider', value: '河南大学' },
      { field: 'notes', value: '第 2 期' },
    ]);
  });
});

describe('upload copy names', () => {
  it.each([
    [1, '岗位培训', 125, 'jpg', 0, '1-岗位培训-12.5.jpg'],
    [2, '岗位培训', 120, 'jpg', 1, '2-岗位培训-12-2.jpg'],
    [3, 'a/b:c*?"<>|d', 10, 'pdf', 0, '3-a_b_c_d-1.pdf'],
    [4, '..隐藏', 10, 'jpg', 0, '4-隐藏-1.jpg'],
  ] as const)('%i %s', (number, title, hoursTenths, extension, index, expected) => {
    expect(uploadCopyName(number, { title, hoursTenths }, extension, index)).toBe(expected);
  });
  it('caps a long title', () => {
    expect(entryFolderName(1, { title: '长'.repeat(300) })).toBe(`1-${'长'.repeat(60)}`);
  });
});

describe('the upload limit', () => {
  it.each([
    ['5', { ok: true, limit: { maxBytes: 5 * MB } }],
    ['2.5', { ok: true, limit: { maxBytes: 2.5 * MB } }],
    ['５', { ok: true, limit: { maxBytes: 5 * MB } }],
    ['10 MB', { ok: true, limit: { maxBytes: 10 * MB } }],
    ['', { ok: false, problem: 'empty' }],
    ['0', { ok: false, problem: 'tooSmall' }],
    ['-3', { ok: false, problem: 'tooSmall' }],
    ['1024', { ok: false, problem: 'tooLarge' }],
    ['abc', { ok: false, problem: 'notNumber' }],
    ['5x', { ok: false, problem: 'notNumber' }],
  ] as const)('reads “%s”', (text, expected) => {
    expect(parseLimitMegabytes(text)).toEqual(expected);
  });

  it.each([
    [undefined, DEFAULT_UPLOAD_LIMIT],
    [{ maxBytes: 0 }, DEFAULT_UPLOAD_LIMIT],
    [{ maxBytes: 1024 * MB }, DEFAULT_UPLOAD_LIMIT],
    [{ maxBytes: '5' }, DEFAULT_UPLOAD_LIMIT],
    [{ maxBytes: 2 * MB }, { maxBytes: 2 * MB }],
  ])('reads back a stored %j', (stored, expected) => {
    expect(readUploadLimit(stored)).toEqual(expected);
  });

  it.each([
    ['image/jpeg', 4 * MB, 'fits'],
    ['image/jpeg', 9 * MB, 'needsCopy'],
    ['image/webp', 1 * MB, 'needsCopy'],
    ['application/pdf', 3 * MB, 'fits'],
    ['application/pdf', 7 * MB, 'cannotShrink'],
  ] as const)('%s of %d bytes', (type, size, expected) => {
    expect(evidenceFit({ type, size }, DEFAULT_UPLOAD_LIMIT)).toBe(expected);
  });
});

describe('reconciling with the platform', () => {
  it.each([
    [{ public: '30', professional: '', total: '１２０.5' }, { ok: true, figures: { public: 300, professional: null, total: 1205 } }],
    [{ public: 'abc', professional: '-5', total: '1.25' }, { ok: false, problems: { public: 'notNumber', professional: 'negative', total: 'tooManyDecimals' } }],
    [{ public: '0', professional: '100000', total: '' }, { ok: false, problems: { professional: 'tooLarge' } }],
  ])('reads %j', (input, expected) => {
    expect(parsePlatformFigures(input)).toEqual(expected);
  });

  it('lists likely reasons per part', () => {
    const { entries } = year();
    const app = appFigures(entries, 2025, '2025-12-31');
    expect(app.public).toEqual({ platformRecorded: 100, approved: 0, pending: 0, notDeclared: 60, returned: 0, late: 0 });
    const result = reconcile({ public: 80, professional: 30, total: null }, app);
    expect(result).toEqual([
      { part: 'public', platformTenths: 80, creditedTenths: 100, differenceTenths: -20, reasons: [{ code: 'platformNotShown', tenths: 20 }, { code: 'neverDeclared', tenths: 60 }] },
      {
        part: 'professional',
        platformTenths: 30,
        creditedTenths: 0,
        differenceTenths: 30,
        reasons: [{ code: 'approvedOnPlatform', tenths: 30 }, { code: 'notLoggedHere', tenths: 30 }, { code: 'neverDeclared', tenths: 110 }],
      },
    ]);
  });

  it.each([
    [{ on: '2025-11-28', figures: { public: 10, professional: null, total: 10 } }, true],
    [{ on: '2025-11-28', figures: { public: -1 } }, false],
    [{ on: 'yesterday', figures: {} }, false],
    ['text', false],
  ])('reads back a stored %j', (stored, valid) => {
    expect(readReconciliation(stored) !== null).toBe(valid);
  });
});

describe('the 申报材料包', () => {
  it('holds the PDF, the CSV and each entry’s copies in its folder', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { buildPack, packCsv } = await import('../../../../src/core/declare/pack');
    const { entries, report } = year();
    const list = declareChecklist(entries, 2025, report.deadline?.declareBy ?? null);
    const [first, second] = list.items;
    if (!first || !second) throw new Error('two items');
    const packEntries = [
      { item: first, stateLabel: '被退回', files: [{ name: uploadCopyName(1, first.entry, 'jpg'), bytes: new Uint8Array([1, 2, 3]) }], problems: [] },
      { item: second, stateLabel: '被退回', files: [], problems: ['扫描件.pdf：超出上传限制'] },
    ];
    const csv = packCsv(packEntries, { number: '序号', state: '申报进度', files: '上传副本', problems: '凭证问题' });
    const zip = unzipSync(buildPack({ pdfName: '汇总表.pdf', pdf: new Uint8Array([37, 80, 68, 70]), csvName: '清单.csv', csv, entries: packEntries, madeAt: new Date('2025-11-28T10:00:00+08:00') }));
    expect(Object.keys(zip).sort()).toEqual([`1-${first.entry.title}/1-${first.entry.title}-2.5.jpg`, '汇总表.pdf', '清单.csv'].sort());
    const text = strFromU8(zip['清单.csv'] ?? new Uint8Array());
    expect(text.split('\r\n')[0]).toContain('序号,申报进度,项目名称');
    expect(text).toContain('扫描件.pdf：超出上传限制');
  });
});

describe('the chase message', () => {
  it('quotes 通知五（四）, names no one it does not know, and leaves placeholders', async () => {
    const { declareText } = await import('../../../../src/i18n/declareView');
    const message = declareText.chaseMessage({ stage: 'authority', title: '临床带教研修', tenths: 20, declaredOn: '2025-11-03', dueBy: '2025-11-10', name: null });
    expect(message).toContain('“自专业技术人员申报学时之日起，用人单位、行业主管部门学时审核时限均不得超过5个工作日。”');
    expect(message).toContain('行业主管部门【负责审核的老师】您好');
    expect(message).toContain('我是【姓名】');
    expect(message).toContain('【联系电话】');
    expect(message).toContain('2025-11-10 届满');
    expect(declareText.chaseMessage({ stage: 'employer', title: 'x', tenths: 10, declaredOn: '2025-11-03', dueBy: '2025-11-10', name: '张三' })).toContain('我是张三');
  });
});

describe('the chase message for a year without its own notice', () => {
  // 2026 rests on the 2025 notice (推定); a declaration on 2026-12-29 is due on 2027-01-06 (元旦 off by the 办法), overdue on 01-07.
  const rule2026 = resolveRule(2026, RULE_SETS);
  const entry2026 = logged({ kind: 'professional', hoursTenths: 20, startDate: '2026-12-01', endDate: '2026-12-01', status: 'declared', declaredOn: '2026-12-29' });
  const report = evaluateYear(rule2026, [entry2026], { asOf: '2027-01-07', calendar: CALENDAR });
  const chases = overdueChases(report.pendingReviews);

  it.each([
    ['the year’s own notice', RULE_2025, 2025, null],
    ['an assumed year', rule2026, 2026, '2026年度按2025年通知推定'],
  ] as const)('%s: the basis is %s', (_label, rule, year, basis) => {
    expect(chaseRuleBasis({ year, basis: rule.basis, basisYear: rule.basisYear })).toBe(basis);
  });

  it('carries the estimate from the report, and the message says both', async () => {
    expect(chases).toEqual([{ entryId: entry2026.id, stage: 'employer', declaredOn: '2026-12-29', dueBy: '2027-01-06', calendarEstimated: true }]);
    const { declareText } = await import('../../../../src/i18n/declareView');
    const chase = chases[0];
    if (!chase) throw new Error('no chase');
    const message = declareText.chaseMessage({ ...chase, title: '临床带教研修', tenths: 20, name: null, ruleBasis: chaseRuleBasis(report) });
    expect(message).toContain('（2026年度按2025年通知推定）按此计算');
    expect(message).toContain('审核时限已于 2027-01-06（节假日安排按推定） 届满');
  });

  it('says nothing of either for a 2025 review inside the schedule', async () => {
    const { declareText } = await import('../../../../src/i18n/declareView');
    const message = declareText.chaseMessage({ stage: 'employer', title: 'x', tenths: 10, declaredOn: '2025-11-03', dueBy: '2025-11-10', name: null, ruleBasis: null, calendarEstimated: false });
    expect(message).not.toContain('推定');
  });
});
