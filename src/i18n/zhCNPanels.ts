import { MAX_EVIDENCE_BYTES } from '../core/evidence/fileType';
import { bytesAsMegabytes, sizeInWords } from '../core/text/sizeWords';
import { entryFieldLabels } from './entryFields';

/** Words of the views that load after the first render (list, evidence, profile, storage), kept out of the first load. */
export const panelText = {
  // evidence
  evidenceTitle: (title: string) => `“${title}”的凭证`,
  evidenceNone: '还没有凭证。可以拍下证书或上传 PDF。',
  takePhoto: '拍照',
  chooseFile: '选择图片或 PDF',
  evidenceHint: `可以添加照片或 PDF，每个文件不超过 ${bytesAsMegabytes(MAX_EVIDENCE_BYTES)}。`,
  /** 文件格式说明 beside the evidence controls. */
  evidenceFormat: `支持 JPEG、PNG、WebP、GIF 图片和 PDF，单个文件不超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB。`,
  evidenceAdded: (name: string) => `已添加凭证“${name}”。`,
  evidenceRemoved: (name: string) => `已移除凭证“${name}”。`,
  removeEvidence: (name: string) => `移除 ${name}`,
  closeEvidence: '收起凭证',
  thumbnailAlt: (name: string) => `${name} 的缩略图`,
  evidenceFileLine: (name: string, bytes: number) => `${name}（${sizeInWords(bytes)}）`,
  evidenceNotAdded: '凭证没有添加',
  evidenceNotRemoved: '凭证没有移除',
  // profile
  profileHint: '全部选填，只保存在本机，用于生成汇总表；不填的项目会在汇总表上留空待手写。',
  saveProfile: '保存个人信息',
  profileSaved: '个人信息已保存。',
  // storage
  storageCounts: (entries: number, evidence: string) => `本机共有 ${entries} 条记录，凭证文件共 ${evidence}。`,
  persisted: '浏览器已答应保留这些记录：手机空间不足、清理空间时，不会自动删掉它们。',
  notPersisted: '手机空间不足时，浏览器可能自动删掉本站保存的记录。点下面的按钮，请浏览器保留它们（浏览器可能不答应；无论如何，请定期导出备份）。',
  persistUnknown: '这个浏览器不能答应一直保留这些记录，请定期导出备份。',
  requestPersist: '请浏览器保留我的记录',
  clearWarning: '所有记录只保存在这台设备的浏览器里，不会上传。清除浏览器数据（缓存、网站数据）会删除它们，请先用上面的“导出备份”保存一份。',
  // list
  otherWay: '其他：',
  returnReasonLine: (by: string, reason: string) => `${by}退回原因：${reason}`,
  roundsCount: (count: number) => `此前被退回 ${count} 次，已重新申报`,
  listEmpty: '这一年还没有记录。用上面的表单添加第一条。',
  listNoMatch: '没有符合筛选条件的记录。',
  sorts: { 'endDate:desc': '完成日期（新→旧）', 'endDate:asc': '完成日期（旧→新）', 'hours:desc': '学时（多→少）', 'title:asc': '项目名称' },
  dateSpan: (start: string, end: string) => `${start} 至 ${end}`,
  entryEvidence: (title: string, evidence: string) => `${title}的${evidence}`,
  pagerLabel: '记录翻页',
  listCount: (shown: number, total: number) => `共 ${total} 条${shown === total ? '' : `，符合筛选 ${shown} 条`}`,
  filterKind: '科目类别',
  filterStatus: '记录方式与状态',
  sortBy: '排序',
  previousPage: '上一页',
  nextPage: '下一页',
  pageOf: (page: number, count: number) => `第 ${page} / ${count} 页`,
  // conflict between two tabs
  conflictTitle: '其他标签页已保存了这条记录的新版本：',
  conflictField: '项目',
  conflictTheirs: '已保存的版本',
  conflictMine: '本页正在修改的版本',
  conflictLabels: { ...entryFieldLabels, declaredOn: '申报日期' },
  conflictTakeTheirs: '改用已保存的版本',
  conflictUseMine: '保留本页的修改',
  // the one-time note after a schema upgrade
  migrationTitle: '数据已按新规则更新',
  migrationIntro: '本应用更新了记录规则：只有通过平台“学习入口”在线学习的学时才自动记录，其余方式都须申报（本站理解）；申报、审核、退回也分开记录。你在本机的记录已相应调整：',
  migrationDismiss: '知道了',
  migrationNotesLabel: '这个备份来自旧版本，恢复时会按新规则调整',
} as const;
