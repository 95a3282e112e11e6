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
  draftRestored: '已填入上次没有保存的内容。不需要的话，点下方的“清空”。',
  formAddTitle: '添加学习记录',
  wayNoteLabel: '学习方式说明',
  wayNoteHint: '写明是哪种方式，如“学术会议”。专业科目可按《证书管理办法》认可的多种方式学习。',
  platformHint: '只有通过河南省专业技术人员公共服务平台的“学习入口”在线学习的学时，才由平台自动记录；在其他网站或应用上的在线学习须申报（本站理解）。',
  mustDeclare: '记录方式：需申报。不是通过平台“学习入口”在线学习的学时，须在平台申报，经用人单位、行业主管部门审核后才计入（本站理解）。',
  choose: '请选择',
  declarationLabels: {
    declaredOn: '申报日期',
    employerApprovedOn: '用人单位审核通过日期',
    approvedOn: '行业主管部门审核通过日期',
    returnedOn: '退回日期',
    returnedBy: '退回方',
    returnReason: '退回原因',
  },
  conflictKeepMine: '再点“保存修改”，本页的修改会替换已保存的版本。',
  conflictTookTheirs: '已载入已保存的版本，可以继续修改。',
  redeclare: '已修改，重新申报',
  redeclareHint: '上一次申报和退回原因会保留在记录中，新的审核从今天起算；申报日期可改。',
  roundsTitle: '以往被退回的申报',
  roundLine: (declaredOn: string, by: string, returnedOn: string, reason: string) => `${declaredOn} 申报，${returnedOn} 被${by}退回：${reason}`,
  formEditTitle: (title: string) => `修改：${title}`,
  formErrors: (count: number) => `有 ${count} 处需要修改，请查看标红的项目。`,
  save: '保存',
  saveChanges: '保存修改',
  cancelEdit: '取消修改',
  clearForm: '清空',
} as const;
