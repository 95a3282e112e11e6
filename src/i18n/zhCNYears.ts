import { sizeInWords } from '../core/text/sizeWords';
import { FIRST_YEAR, MAX_RANGE_YEARS, type RangeProblem } from '../core/overview/yearRange';

/** Words of the 历年概览 and the range record, loaded with them on intent. */
export const yearsText = {
  intro: '每年的学时按完成日期计入当年（本站做法，以平台为准），与本年度进度使用同样的统计口径。点年份可打开该年度。',
  loading: '正在统计各年度学时…',
  loadFailed: '读取历年记录失败，请刷新页面后重试。',
  caption: '各年度公需科目、专业科目和合计的已计入学时与要求学时',
  columns: { year: '年度', public: '公需科目', professional: '专业科目', total: '合计', status: '状态与依据', chart: '图示' },
  credited: (hours: string) => `已计入 ${hours}`,
  required: (hours: string) => `要求 ${hours}`,
  /** 专业科目 under the national rule: the general ratio (一般不少于总学时的三分之二), not a minimum of its own. */
  generalRequired: (hours: string) => `一般不少于 ${hours}`,
  noRequiredFigure: '（公需科目学时以当年通知为准）',
  entryCount: (count: number) => (count === 0 ? '无记录' : `${count} 条记录`),
  openYear: (year: number) => `打开${year}年度`,
  yearButton: (year: number) => `${year}年`,
  chartLabel: (year: number, parts: string[]) => `${year}年度：${parts.join('；')}`,
  chartPart: (label: string, credited: string, required: string | null, general = false) =>
    required === null ? `${label}已计入 ${credited}` : `${label}已计入 ${credited}，${general ? '一般不少于' : '要求'} ${required}`,
  chartLegend: '图示：条形长度为已计入学时占要求学时的比例，满格即达到要求（国家规定年度的专业科目为一般比例，不单独作为要求）；数字见同一行。',
  // range record
  rangeTitle: '多年度学时记录',
  rangeIntro: '通知要求用人单位把继续教育情况作为考核评价、岗位聘用的重要依据，有时会需要近几年的记录。选择起止年度，生成包含各年度汇总和全部学习记录的 PDF、网页版打印或表格文件。均在本机生成。',
  rangeStart: '起始年度',
  rangeEnd: '截止年度',
  rangeHint: `${FIRST_YEAR}年起，最多 ${MAX_RANGE_YEARS} 个年度。`,
  rangePdf: '生成多年度 PDF',
  rangePrint: '多年度网页版打印',
  rangeCsv: '导出多年度表格文件',
  rangeProblem: (problem: RangeProblem): string => {
    switch (problem) {
      case 'notAYear':
        return '请填写四位数的年份，例如 2023';
      case 'beforeFirstYear':
        return `年度不能早于${FIRST_YEAR}年（国家继续教育规定自${FIRST_YEAR}年10月1日起施行）`;
      case 'startAfterEnd':
        return '起始年度不能晚于截止年度';
      case 'tooLong':
        return `一次最多 ${MAX_RANGE_YEARS} 个年度，请缩短范围`;
    }
  },
  working: '正在生成…',
  pdfDone: (name: string, bytes: number) => `已生成“${name}”（${sizeInWords(bytes)}）。`,
  pdfReplaced: (chars: readonly string[]) => `以下字符不在 PDF 字体中，已用“□”代替：${chars.join('、')}。网页版打印不受影响。`,
  csvDone: (name: string, count: number) => `已导出“${name}”，共 ${count} 条记录。`,
  generateFailed: '生成失败',
};
