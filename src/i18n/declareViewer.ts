/** Words of the evidence viewer (full-screen image, PDF in a new tab), loaded with the evidence panel and the 申报助手. */
export const viewerText = {
  viewerTitle: (name: string, index: number, count: number) => `${name}（${index} / ${count}）`,
  previous: '上一张',
  next: '下一张',
  closeViewer: '关闭',
  openImage: (name: string) => `查看大图：${name}`,
  openPdf: (name: string) => `打开 PDF：${name}`,
} as const;
