import type { EntryFormValues } from '../forms/entryForm';

/** The fields a CSV row can fill, in the order the export writes them, with their Chinese headers. */
export const CSV_FIELDS = [
  { key: 'title', header: '项目名称', required: true },
  { key: 'kind', header: '科目类别', required: true },
  { key: 'way', header: '学习方式', required: true },
  { key: 'wayNote', header: '学习方式说明', required: false },
  { key: 'startDate', header: '开始日期', required: false },
  { key: 'endDate', header: '完成日期', required: true },
  { key: 'hours', header: '学时', required: true },
  { key: 'provider', header: '机构', required: false },
  { key: 'recording', header: '记录方式', required: false },
  { key: 'status', header: '申报状态', required: false },
  { key: 'declaredOn', header: '申报日期', required: false },
  { key: 'employerApprovedOn', header: '用人单位审核通过日期', required: false },
  { key: 'approvedOn', header: '行业主管部门审核通过日期', required: false },
  { key: 'returnedOn', header: '退回日期', required: false },
  { key: 'returnedBy', header: '退回方', required: false },
  { key: 'returnReason', header: '退回原因', required: false },
  { key: 'notes', header: '备注', required: false },
] as const satisfies readonly { key: keyof EntryFormValues; header: string; required: boolean }[];

export type CsvField = (typeof CSV_FIELDS)[number]['key'];
