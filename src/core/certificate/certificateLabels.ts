/**
 * The labels certificates put before their fields, longest first so that a
 * label is never read as a shorter one it contains (培训项目 before 项目).
 */

export const TITLE_LABELS = ['培训项目名称', '培训项目', '项目名称', '课程名称', '培训名称', '学习内容', '培训内容', '项目'];
export const HOURS_LABELS = ['培训学时', '获得学时', '认定学时', '学时数', '课时数', '总学时', '学时', '课时'];
export const CREDIT_LABELS = ['学分'];
export const STUDY_PERIOD_LABELS = ['培训时间', '培训日期', '学习时间', '学习日期', '学习期间', '培训期间', '起止时间', '起止日期', '时间'];
export const START_LABELS = ['开始日期', '开始时间', '开课日期'];
export const END_LABELS = ['完成日期', '完成时间', '结业日期', '结业时间', '结束日期', '结束时间'];
export const ISSUE_LABELS = ['发证日期', '发证时间', '颁发日期', '签发日期', '打印日期', '打印时间', '生成时间', '日期'];
/** In order of preference: who taught the course says more than who organised it or signed the certificate. */
export const PROVIDER_LABELS = ['施教机构', '培训机构', '承办单位', '主办单位', '举办单位', '发证单位', '发证机构'];
export const NUMBER_LABELS = ['证书编号', '证书号', '编号'];
export const KIND_LABELS_ON_CERTIFICATE = ['科目类别', '课程类别', '科目'];
export const WAY_LABELS_ON_CERTIFICATE = ['学习方式', '培训方式', '培训形式', '学习形式'];
/** Labels of fields the entry does not take, known only so that their values are not read as another field's. */
const OTHER_LABELS = ['姓名', '身份证号', '身份证号码', '工作单位', '单位', '职称', '专业', '性别', '学员编号', '项目编号', '课程编号', '班级编号', '备注'];

/** Labels too common as words to count without a colon after them. */
const COLON_ONLY = new Set(['项目', '时间', '日期', '编号', '学时', '课时', '学分', '科目', '单位', '专业', '备注']);

export const ALL_LABELS = [
  ...TITLE_LABELS,
  ...HOURS_LABELS,
  ...CREDIT_LABELS,
  ...STUDY_PERIOD_LABELS,
  ...START_LABELS,
  ...END_LABELS,
  ...ISSUE_LABELS,
  ...PROVIDER_LABELS,
  ...NUMBER_LABELS,
  ...KIND_LABELS_ON_CERTIFICATE,
  ...WAY_LABELS_ON_CERTIFICATE,
  ...OTHER_LABELS,
].sort((a, b) => b.length - a.length);

export interface LabelledValue {
  label: string;
  value: string;
  line: number;
}

const ANY_LABEL_WITH_COLON = new RegExp(`(?:${ALL_LABELS.join('|')}):`, 'g');
/** A label that lost its colon but kept the blank before it (人工智能基础 培训时间 2026年…) still ends the value before it. */
const LABEL_AFTER_BLANK = new RegExp(` (?:${ALL_LABELS.join('|')})(?=[ \\d])`, 'g');

/** Every "label: value" on the lines (a label may also open a line without a colon, unless it is a common word). */
export function labelledValues(lines: readonly string[]): LabelledValue[] {
  const found: LabelledValue[] = [];
  lines.forEach((line, index) => {
    const starts: { label: string; at: number; valueAt: number }[] = [];
    for (const match of line.matchAll(ANY_LABEL_WITH_COLON)) {
      const label = match[0].slice(0, -1);
      starts.push({ label, at: match.index, valueAt: match.index + match[0].length });
    }
    if (starts[0]?.at !== 0) {
      const opening = ALL_LABELS.find((label) => line.startsWith(label) && !COLON_ONLY.has(label));
      if (opening !== undefined) starts.unshift({ label: opening, at: 0, valueAt: opening.length });
    }
    const cuts = [...starts.map((start) => start.at), ...[...line.matchAll(LABEL_AFTER_BLANK)].map((match) => match.index)];
    starts.forEach((start) => {
      const end = Math.min(line.length, ...cuts.filter((cut) => cut >= start.valueAt));
      const value = line.slice(start.valueAt, end).trim();
      if (value !== '') found.push({ label: start.label, value, line: index });
    });
  });
  return found;
}

export function valuesFor(values: readonly LabelledValue[], labels: readonly string[]): LabelledValue[] {
  return values.filter((value) => labels.includes(value.label)).sort((a, b) => labels.indexOf(a.label) - labels.indexOf(b.label) || a.line - b.line);
}
