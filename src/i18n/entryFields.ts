/** An entry's field names, as the form labels them and the two-tab conflict compares them. Loaded with the form. */
export const entryFieldLabels = {
  title: '项目名称',
  kind: '科目类别',
  way: '学习方式',
  startDate: '开始日期',
  endDate: '完成日期',
  hours: '学时',
  provider: '机构',
  status: '申报进度',
  notes: '备注',
} as const;

/** A number of hours with its unit: "12.5 学时". */
export const withHoursUnit = (hours: string) => `${hours} 学时`;

/** Words of the entry form beyond its field names. */
export const entryFormText = {
  recordingLegend: '记录方式',
  endDateHint: '按完成日期计入年度',
  hoursHint: '可填一位小数，如 12.5',
  providerHint: '输入关键字可从你用过的机构和 48 家省级继续教育基地中选择，也可填写其他机构',
  sameAsStart: '同开始日期',
  saveUnavailable: '无法加载保存功能，请检查网络后重试。',
} as const;
