import type { LogView } from '../islands/app/views';

/** Words of the log's app shell: the status strip, the view navigation, the entry sheet and the toast. */
export const shellText = {
  views: {
    progress: '进度',
    entries: '记录',
    declare: '申报',
    summary: '汇总表',
    data: '数据',
  } satisfies Record<LogView, string>,
  navLabel: '学时簿',
  addEntry: '记一笔',
  addEntryLabel: '记一笔：添加一条学习记录',
  stripLabel: (year: number) => `${year}年度概况`,
  stripFigure: (done: string, required: string | null) => (required === null ? `${done} 学时` : `${done} / ${required}`),
  closeSheet: '关闭',
  dismissToast: '关闭提示',
  similar: '再记一条类似的',
  similarLabel: (title: string) => `再记一条与“${title}”类似的记录`,
};
