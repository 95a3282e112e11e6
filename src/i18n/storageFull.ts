/** Words of a full device: how much the site uses, the way out, and an undo that could not put a record back. */
import { sizeInWords as amount } from '../core/text/sizeWords';

export const storageFullText = {
  title: '存储空间已满',
  notSaved: '浏览器给本站的存储空间已用完，刚才的修改没有保存，本机已有的记录没有变。删除记录或凭证文件后，可以再保存。',
  usage: (used: number, quota: number) => `本站已用 ${amount(used)}，可用约 ${amount(quota)}。`,
  usageUnknown: '这个浏览器没有说明本站可用多少空间。',
  exportFirst: '先导出备份，把所有记录和凭证存到设备的“下载”里：',
  largestTitle: '最大的凭证文件',
  largestNone: '本机没有凭证文件。',
  largestLine: (name: string, title: string, size: number) => `${name}（${amount(size)}，“${title}”）`,
  remove: (name: string) => `移除“${name}”`,
  removed: (name: string, size: number) => `已移除凭证“${name}”，腾出约 ${amount(size)}。`,
  shrink: (name: string) => `换成压缩副本“${name}”`,
  shrunk: (name: string, before: number, after: number) => `“${name}”已换成压缩副本：${amount(before)} → ${amount(after)}。`,
  cannotShrink: (name: string) => `“${name}”无法再压缩（PDF 或无法打开的图片），可以移除或先导出备份。`,
  closedYear: (year: number) => `查看${year}年度的记录（可逐条删除已不需要的）`,
  close: '关闭',
  /** At the file control, before anything is written. */
  wontFit: (name: string, size: number, left: number) => `“${name}”有 ${amount(size)}，本站只剩约 ${amount(left)}空间，没有添加。请先在“数据”里移除较大的凭证或导出备份。`,
  undoFailed: (title: string) => `“${title}”没能恢复，本机其余记录没有变。这条记录还留在这里：删除一些记录或凭证、腾出空间后再点“恢复”，也可以先把它导出为备份文件。`,
  retryUndo: '恢复',
  exportRecord: (title: string) => `导出“${title}”`,
  exportFailed: '导出没有完成，这条记录仍留在这里，请重试。',
  recordExported: (title: string) => `已导出“${title}”的备份文件，可在“数据”里用“从备份恢复”合并回来。`,
  spaceTitle: '空间占用',
} as const;
