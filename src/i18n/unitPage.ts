import { KIND_LABELS } from '../core/vocabulary';
import { UNIT_PROFILE_LABELS } from '../core/unitVocabulary';

/**
 * Words of the /unit/ page's island (单位继续教育登记台账). The core's decisions
 * are shown with src/i18n/unit.ts; these are the page's own controls.
 */
export const unitPageText = {
  loading: '正在打开本机台账……',
  loadFailed: '页面的部分功能未能加载，请检查网络后刷新本页。',
  storageFailed: '无法打开本机台账（浏览器的本地存储不可用）。请检查是否处于无痕模式或存储空间已满。',
  /** 导入. */
  importTitle: '导入职工交来的文件',
  importLabel: '导入',
  importHint: '可一次选择多个文件：职工在学时簿中“导出给单位”的文件，或学时簿的完整备份（只读取个人信息和学时记录，不读取凭证文件）。也可以把文件拖到本页。',
  dropHere: '松开鼠标即可导入这些文件',
  reading: (count: number) => `正在检查 ${count} 个文件……`,
  imported: (count: number) => `已导入 ${count} 个文件，台账已更新。`,
  importFailed: '导入未完成，台账没有任何改动。',
  /** 人员. */
  peopleTitle: '人员',
  year: '年度',
  yearOption: (year: number) => `${year}年度`,
  filter: '筛选',
  search: '搜索姓名、科室、职称或工号',
  sort: '排序',
  descending: '倒序',
  empty: '台账中还没有人员。请先导入职工交来的文件。',
  noMatch: '没有符合条件的人员。',
  columns: {
    name: '姓名',
    department: UNIT_PROFILE_LABELS.department,
    title: '职称',
    public: `${KIND_LABELS.public}已计入`,
    professional: `${KIND_LABELS.professional}已计入`,
    total: '合计已计入',
    pending: '审核中',
    notDeclared: '待申报',
    returned: '被退回',
    status: '状态',
  },
  ofRequired: (credited: string, required: string) => `${credited} / ${required}`,
  noRequirement: '以当年通知为准',
  subtotalsTitle: '各科室小计',
  subtotalRows: (count: number) => `${count} 人`,
  subtotalLine: (met: number, atRisk: number, missed: number) => `已达标 ${met}，有风险 ${atRisk}，未达标 ${missed}`,
  openEntries: (name: string) => `查看${name}的记录`,
  entriesTitle: (name: string, year: number) => `${name}：${year}年度的记录`,
  closeEntries: '收起',
  noEntries: '这一年度没有记录。',
  hours: (figure: string) => `${figure} 学时`,
  /** 待用人单位审核. */
  /** 清除本机台账. */
  clearTitle: '清除本机台账',
  clearHint: '删除本浏览器中保存的全部人员、学时记录、导入记录和用人单位审核的记录。职工自己设备上的数据不受影响。',
  clearAction: '清除本机台账',
  clearConfirm: '确定清除本机台账中的全部数据？此操作无法撤销。',
  clearYes: '确定清除',
  clearNo: '取消',
  cleared: '本机台账已清除。',
  writeFailed: '保存失败，台账没有改动。',
} as const;
