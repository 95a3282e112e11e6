/** Words of the 记录 view's list and cards. Loaded with that view, not with the page. */
export const entryListText = {
  listTitle: (year: number) => `${year}年度记录`,
  all: '全部',
  edit: '修改',
  remove: '删除',
  evidence: (count: number) => `凭证（${count}）`,
} as const;
