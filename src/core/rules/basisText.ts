import type { YearReport } from './report';

/* Kept apart from describe.ts so the home page's small script can say the same words without the rest. */

/** 人社部令第25号 is in force from this day (content/sources/national-rule.md): a 2015 year rests on it from then on only. */
export const NATIONAL_RULE_IN_FORCE_FROM = '2015-10-01';

/** "该规定自2015年10月1日起施行；" for the year the rule took effect, else nothing. */
function inForceNote(year: number): string {
  const [y, m, d] = NATIONAL_RULE_IN_FORCE_FROM.split('-').map(Number);
  return year === y ? `该规定自${y}年${m}月${d}日起施行；` : '';
}

/** Which rule the year's figures rest on, said the same way in every output. */
export function ruleBasisText(report: Pick<YearReport, 'year' | 'basis' | 'basisYear'>): string {
  switch (report.basis) {
    case 'notice':
      return `依据${report.basisYear ?? report.year}年河南省继续教育通知。`;
    case 'assumed':
      return `本站尚未收录${report.year}年度的通知：按${report.basisYear ?? ''}年通知推定，以当年通知为准。`;
    case 'national':
      return `本站未收录${report.year}年度的河南省通知：仅按国家规定（人社部令第25号第八条）计，每年不少于 90 学时，专业科目一般不少于总学时的三分之二；本站只按 90 学时的总数判断是否达标，三分之二是一般比例，不单独作为达标条件（本站理解）；${inForceNote(report.year)}该年度公需科目学时和申报截止日期以当年通知为准。`;
  }
}

/** Short form for labels and table captions. */
export function ruleBasisLabel(report: Pick<YearReport, 'year' | 'basis' | 'basisYear'>): string {
  switch (report.basis) {
    case 'notice':
      return `${report.basisYear ?? report.year}年通知`;
    case 'assumed':
      return `按${report.basisYear ?? ''}年通知推定`;
    case 'national':
      return '国家规定';
  }
}

