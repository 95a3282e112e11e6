import { UNIT_PROFILE_LABELS } from '../core/unitVocabulary';

/** Words of the /unit/ page's import preview, loaded with it when HR first picks or drops files. */
export const unitImportText = {
  previewTitle: '导入预览（尚未写入）',
  previewNew: (name: string, count: number) => `新人员：${name}，${count} 条记录`,
  previewUpdate: (name: string, count: number, how: string) => `更新：${name}，${count} 条记录（${how}）`,
  previewChosen: '按你的选择归属',
  previewRefused: (message: string) => `未导入：${message}`,
  ambiguousLine: (name: string, why: string) => `${name}：${why}`,
  chooseOwner: '这个文件属于：',
  chooseNew: '作为新人员加入',
  chooseCandidate: (name: string, department: string, staffNumber: string) =>
    [name, department === '' ? '' : `${UNIT_PROFILE_LABELS.department}：${department}`, staffNumber === '' ? '' : `${UNIT_PROFILE_LABELS.staffNumber}：${staffNumber}`].filter((part) => part !== '').join('，'),
  chooseFirst: '请先为每个需要判断归属的文件作出选择',
  confirmImport: (count: number) => `导入 ${count} 个文件`,
  nothingToImport: '没有可以导入的文件',
  cancelImport: '取消',
  readFailed: '文件无法读取',
  backupNoName: '这份备份的个人信息中没有姓名，单位无法识别是谁的记录',
} as const;
