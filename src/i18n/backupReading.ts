/** Words of reading a backup file in a Web Worker (the worker and the page that starts it). */
export const backupReadingText = {
  unexpected: '读取备份时出现意外错误，文件可能已损坏',
  cancelled: '已取消恢复',
} as const;
