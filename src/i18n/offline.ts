/** What the 数据 view says about the files the log needs without a network. */
export const offlineText = {
  preparing: '正在准备离线使用所需文件…',
  ready: '离线使用所需文件已准备好：没有网络时，也能打开本页记录学时、生成 PDF。',
  failed: '离线使用所需文件没有下载完整（可能是网络中断）。下次打开本页时会自动重试。',
} as const;
