/** Words about loading a part of the log: the lazy views and a tab whose code is older than the site. In the first load. */
export const loadingText = {
  /** What a tab says when its code is older than the site: another tab applied an update and old chunks are gone. */
  staleSite: '网站已更新，请刷新页面（未保存的内容会保留）',
  /** The same failure while offline: the chunk was never cached, and reloading now would not help. */
  offlineChunk: '网络不可用，这部分功能的程序文件尚未保存到本机。请联网后再试。',
  loading: (what: string) => `正在加载${what}…`,
  loadFailed: (what: string) => `${what}加载失败，请检查网络后刷新页面。`,
  /** The names of the lazily loaded parts, said while they load or when they fail to. */
  parts: {
    evidence: '凭证',
    summary: '汇总表',
    entryForm: '记录表单',
    migration: '更新说明',
    entryList: '记录列表',
    profile: '个人信息',
    storage: '数据存储',
    conflict: '对照',
  },
} as const;
