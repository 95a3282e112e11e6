/** Words of reading a spreadsheet in a Web Worker (the worker and the page that starts it). */
export const sheetReadingText = {
  reading: (percent: number) => `正在读取表格… ${percent}%`,
  cancelReading: '取消读取',
  cancelled: '已取消导入，本机数据没有改动。',
  unexpected: '读取表格时出现意外错误，文件可能已损坏',
} as const;
