import { formatHours } from '../core/hours/formatHours';
import { generalFigure } from '../core/rules/describe';
import { CALENDAR_ESTIMATE_NOTE } from '../core/vocabulary';

/**
 * The log app's words that load with the page (the shell, 进度, the toast). The
 * entry form's are in entryFields.ts and the list's in entryList.ts, loaded with
 * them; domain words (公需科目, 学习方式…) live in core/vocabulary.
 */
export const text = {
  loading: '正在读取本机数据…',
  readOnlyBanner: '当前只能查看，不能修改：',
  reload: '刷新页面',
  yearLabel: '年度',
  dashboardTitle: (year: number) => `${year}年度进度`,
  total: '合计',
  ofRequired: (credited: number, required: number, general = false) => `${formatHours(credited)} / ${general ? generalFigure(formatHours(required)) : formatHours(required)} 学时`,
  citeLink: '依据',
  noticeLink: (year: number) => `查看${year}年通知`,
  calendarEstimated: CALENDAR_ESTIMATE_NOTE,
  warningsTitle: '需要注意',
  moreWarnings: (count: number) => `另有 ${count} 条同类提醒。`,
  saved: (title: string) => `已保存“${title}”。`,
  updated: (title: string) => `已修改“${title}”。`,
  savedToYear: (title: string, year: number) => `已保存“${title}”到${year}年度。`,
  updatedToYear: (title: string, year: number) => `已修改“${title}”，它现在计入${year}年度。`,
  showYear: (year: number) => `查看${year}年度`,
  deleted: (title: string) => `已删除“${title}”。`,
  undo: '撤销删除',
  restored: (title: string) => `已恢复“${title}”。`,
  dataTitle: '备份与导入导出',
  goBackup: '去备份',
  profileTitle: '个人信息',
  storageTitle: '数据存储',
} as const;
