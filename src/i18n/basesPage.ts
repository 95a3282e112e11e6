/** Words of the bases list's filter script, in a module of its own so no other page's bundle shares it (content pages have a 5 KB budget). */
export const basesText = {
  all: (total: number) => `共 ${total} 家基地`,
  none: '没有符合条件的基地，请换个关键词或类别',
  shown: (shown: number, total: number) => `显示 ${shown} / ${total} 家基地`,
  /** A search word the synonym table widens, and to what: said after the count, and as the hint's example. */
  widened: (word: string, fragments: readonly string[]) => `搜“${word}”也会找名称含“${fragments.join('”“')}”的基地`,
  example: (widened: string) => `例如：${widened}。`,
  counted: (count: string, widened: string) => (widened === '' ? count : `${count}（${widened}）`),
};
