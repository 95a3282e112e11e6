/** Words of the search page's script, in a module of its own so no other page's bundle shares it (content pages have a 5 KB budget). */
export const searchText = {
  empty: '请输入要查找的词，例如：公需科目、服务基层、河南大学。',
  searching: (query: string) => `正在搜索“${query}”…`,
  noResults: (query: string) => `没有找到与“${query}”相关的内容，换个词试试。`,
  found: (count: number, query: string, max: number) => `找到 ${count} 个与“${query}”相关的页面${count > max ? `，显示前 ${max} 个` : ''}。`,
  indexFailed: '搜索索引加载失败。请检查网络后刷新页面重试。',
};
