/** Words of the summaries' print views (a year's and a range's), loaded with them. The PDF's own words live in core/pdf. */
export const printText = {
  generated: (date: string) => `生成日期：${date}（学时簿）`,
  noEntries: '（无记录）',
  labelled: (label: string) => `${label}：`,
  signatureDate: (label: string) => `　${label}：　　年　　月　　日`,
  stampLine: (stamp: string, date: string) => `${stamp}　${date}：　　年　　月　　日`,
  toFill: '待填写',
  yearLabel: (year: number) => `${year}年度`,
} as const;
