/**
 * Forms the site does not use in its own words (issue 12): each says something the
 * notice does not, or says it in other terms than the notice's. Pure: text in,
 * problems out. The notice's own text is never checked with these rules.
 */

export interface WordingProblem {
  /** The rule's name, as in WORDING_RULES. */
  rule: string;
  /** The offending text with a little context either side. */
  excerpt: string;
}

export interface WordingRule {
  name: string;
  /** What to write instead, for the failure message. */
  fix: string;
  pattern: RegExp;
}

/** A figure, or an expression that prints one (`${x}`, `{x}` in Astro/JSX). */
const FIGURE = String.raw`(?:\d+(?:\.\d+)?(?![\d.])|\$?\{[^{}]*\})`;

export const WORDING_RULES: readonly WordingRule[] = [
  {
    name: 'employer',
    fix: '用人单位审核 (the notice: 用人单位、行业主管部门学时审核)',
    pattern: /(?<!用人)单位(?:的)?审核/g,
  },
  {
    name: 'authority',
    fix: '行业主管部门 (or 业务主管部门 for self-study approval; 相关主管部门 where the notice says so)',
    pattern: /(?<!行业|业务|相关)主管部门/g,
  },
  {
    name: 'not-exceed',
    fix: '不得超过N个工作日 (the notice: 均不得超过5个工作日)',
    pattern: new RegExp(String.raw`(?<!得)不超过\s*${FIGURE}\s*个?工作日`, 'g'),
  },
  {
    name: 'closed-list',
    fix: '包括……等多种方式 (the notice lists ways, it does not close the list)',
    pattern: /五种/g,
  },
  {
    name: 'hedged-maximum',
    fix: 'state a legal maximum as a maximum (最多、不得超过), not 共约 / 最长约需',
    pattern: /共约|最长约需?/g,
  },
  {
    name: 'colloquial',
    fix: 'plain written Chinese (e.g. 专业科目不少于60学时)',
    pattern: /占大头/g,
  },
  {
    name: 'or-employer',
    fix: '本人、用人单位 (the notice: 由此产生的后果由本人、用人单位自行承担)',
    pattern: /本人或用人单位/g,
  },
  {
    name: 'accounting-zone',
    fix: '相应专区 (the notice: 会计专业技术人员进入相应专区学习)',
    pattern: /会计的?专区/g,
  },
  {
    name: 'self-study',
    fix: '经业务主管部门批准且有考核的自学, in full',
    pattern: /经批准且有考核|(?<!经业务主管部门批准且)有考核的自学/g,
  },
  {
    name: 'date-before',
    fix: '最迟应于X完成 (X is itself the last allowed day; “X前” is ambiguous)',
    pattern: /\d+\s*日\s*前/g,
  },
  {
    name: 'figure-without-unit',
    fix: 'every figure of hours carries 学时: 还差 30 学时',
    pattern: new RegExp(String.raw`(?:还差|仍差|尚差|还缺|仍缺|尚缺)\s*${FIGURE}(?!\s*学时)`, 'g'),
  },
  {
    name: 'lost-as-fact',
    fix: '本站不计入X年度（本站理解）: the notice leaves late hours to the person (s5-4); not counting them is the site\'s reading',
    pattern: /已不能计入|(?<!本站)不计入(?:本|该|\d{4}|\$\{[^{}]*\})年度(?![^。'`"]*本站理解)/g,
  },
  {
    name: 'upload-limit-assumed',
    fix: '常见上传限制（本站假设，以平台页面为准）: the limit is the site\'s assumption',
    pattern: /常见上传限制(?![（：:]本站假设)/g,
  },
  {
    name: 'safe-date',
    fix: '本站建议的最晚申报日: the advised day is the site\'s advice, not the notice\'s',
    pattern: /最晚稳妥申报日|稳妥申报日/g,
  },
  {
    name: 'platform-only-reading',
    fix: 'mark “只有学习入口的学时自动记录” （本站理解） in the same sentence',
    pattern: /只有(?:(?!本站理解)[^。'`"])*学习入口(?:(?!本站理解)[^。'`"])*自动记录(?:(?!本站理解)[^。'`"])*[。'`"]/g,
  },
  {
    name: 'platform-then-declared',
    fix: 'a platform-recorded entry needs no declaration: never then ask for 待申报',
    pattern: /无需申报[^。'`"]*(?:申报进度)?应为“?待申报/g,
  },
  {
    name: 'review-count-start',
    fix: '次日起算 is the site\'s reading: mark it 本站理解 in the same sentence (the notice: 自申报之日起, s5-4)',
    pattern: /次日起算(?![^。'`"]*本站理解)/g,
  },
  {
    name: 'site-order',
    fix: '本站排列: the order to act in is the site\'s, not the notice\'s',
    pattern: /按应办理的先后排列/g,
  },
];

const CONTEXT = 8;

/** Every occurrence of a removed form in `text`, in order of position. */
export function findWordingProblems(text: string): WordingProblem[] {
  const found: { index: number; problem: WordingProblem }[] = [];
  for (const rule of WORDING_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = Math.max(0, match.index - CONTEXT);
      const end = Math.min(text.length, match.index + match[0].length + CONTEXT);
      found.push({ index: match.index, problem: { rule: rule.name, excerpt: text.slice(start, end).replace(/\s+/g, ' ') } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((entry) => entry.problem);
}
