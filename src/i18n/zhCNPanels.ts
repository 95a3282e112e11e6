/** Words of the views that load after the first render (list, evidence, profile, storage), kept out of the first load. */
export const panelText = {
  // evidence
  evidenceTitle: (title: string) => `“${title}”的凭证`,
  evidenceNone: '还没有凭证。可以拍下证书或上传 PDF。',
  takePhoto: '拍照',
  chooseFile: '选择图片或 PDF',
  evidenceHint: '支持 JPEG、PNG、WebP、GIF 图片和 PDF，单个文件不超过 10 MB。',
  evidenceAdded: (name: string) => `已添加凭证“${name}”。`,
  evidenceRemoved: (name: string) => `已移除凭证“${name}”。`,
  removeEvidence: (name: string) => `移除 ${name}`,
  closeEvidence: '收起凭证',
  // profile
  profileHint: '全部选填，只保存在本机，用于生成汇总表；不填的项目会在汇总表上留空待手写。',
  saveProfile: '保存个人信息',
  profileSaved: '个人信息已保存。',
  // storage
  storageCounts: (entries: number, evidence: string) => `本机共有 ${entries} 条记录，凭证文件共 ${evidence}。`,
  storageUsage: (used: string, quota: string) => `浏览器已为本站使用 ${used}，可用上限约 ${quota}。`,
  persisted: '浏览器已同意持久保存：清理空间时不会自动删除这些数据。',
  notPersisted: '浏览器尚未同意持久保存：空间紧张时，浏览器可能清除这些数据。',
  persistUnknown: '此浏览器不支持持久保存请求。',
  requestPersist: '申请持久保存',
  clearWarning: '所有记录只保存在这台设备的浏览器里，不会上传。清除浏览器数据（缓存、网站数据）会删除它们，请先用上面的“导出备份”保存一份。',
  // list
  otherWay: '其他：',
  returnReasonLine: (by: string, reason: string) => `${by}退回原因：${reason}`,
  roundsCount: (count: number) => `此前被退回 ${count} 次，已重新申报`,
  listEmpty: '这一年还没有记录。用上面的表单添加第一条。',
  listNoMatch: '没有符合筛选条件的记录。',
  listCount: (shown: number, total: number) => `共 ${total} 条${shown === total ? '' : `，符合筛选 ${shown} 条`}`,
  filterKind: '科目类别',
  filterStatus: '记录方式与状态',
  sortBy: '排序',
  previousPage: '上一页',
  nextPage: '下一页',
  pageOf: (page: number, count: number) => `第 ${page} / ${count} 页`,
} as const;
