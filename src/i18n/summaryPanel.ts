import { sizeInWords } from '../core/text/sizeWords';

/** Words of the summary panel (the year's PDF and its print view), loaded with it after the first render. */
export const summaryText = {
  makingPdf: '正在生成 PDF…',
  skippedImages: (captions: readonly string[]) => `以下凭证图片无法解码，未能放入 PDF（PDF 中已注明）：${captions.join('；')}。`,
  pdfMade: (fileName: string, bytes: number, note: string) => `已生成“${fileName}”（${sizeInWords(bytes)}）。${note}`,
  pdfFailed: '生成 PDF 失败',
  preparingFont: '正在准备字体并检查文字…',
  hint: '汇总表列出本年度的学时要求与完成情况、全部学习记录，并留有本人签名和用人单位审核意见栏，A4 纵向打印。PDF 在本机生成，不上传任何内容。',
  profileUnsaved: '个人信息有未保存的修改：汇总表用的是已保存的个人信息。要用新填的内容，请先点下方的“保存个人信息”。',
  evidenceLabel: '附上凭证图片',
  evidenceNone: '不附凭证',
  evidenceOne: '附凭证，每页一张',
  evidenceTwo: '附凭证，每页两张',
  makePdf: '生成 PDF',
  printViewFailed: '无法打开网页版',
  printView: '网页版打印',
  unprintableTitle: 'PDF 的字体里没有下面这些字，它们无法打印：',
  // A space-like or control character would show as empty quotes: it is described instead.
  unprintableWhere: (char: string, where: readonly string[]) =>
    `${/^[\p{C}\p{Z}]$/u.test(char) ? '一个看不见的特殊符号' : `“${char}”这个字`}无法打印，出现在：${where.join('、')}`,
  unprintableChoice: '可以返回修改这些文字，或用“□”代替后继续生成（网页版打印不受影响）。',
  replaceAndGo: '用□代替并继续',
  goBack: '返回修改',
} as const;
