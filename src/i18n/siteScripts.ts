/**
 * Words of the content pages' small scripts. One export per script, so each
 * page's bundle takes only its own (content pages have a 5 KB budget).
 */

/** The search page. */
export const searchText = {
  empty: '请输入要查找的词，例如：公需科目、服务基层、河南大学。',
  searching: (query: string) => `正在搜索“${query}”…`,
  noResults: (query: string) => `没有找到与“${query}”相关的内容，换个词试试。`,
  found: (count: number, query: string, max: number) => `找到 ${count} 个与“${query}”相关的页面${count > max ? `，显示前 ${max} 个` : ''}。`,
  indexFailed: '搜索索引加载失败。请检查网络后刷新页面重试。',
};

/** The list of continuing-education bases, filtered in place. */
export const basesText = {
  all: (total: number) => `共 ${total} 家基地`,
  none: '没有符合条件的基地，请换个关键词或类别',
  shown: (shown: number, total: number) => `显示 ${shown} / ${total} 家基地`,
};
