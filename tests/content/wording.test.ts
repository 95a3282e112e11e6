import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { WORDING_RULES, findWordingProblems } from '../helpers/wordingRules';
import { WORDING_SOURCES, readWordingSources } from '../helpers/wordingSources';
import { checkEvidenceFile } from '../../src/core/evidence/fileType';
import { mayBeTechnical, TECHNICAL_WORDS, wordingStrings } from '../helpers/plainWords';

const fixes = new Map(WORDING_RULES.map((rule) => [rule.name, rule.fix]));

describe('the site’s own wording uses the notice’s terms (issue 12)', () => {
  const texts = readWordingSources(ROOT);

  it('reads every listed source', () => {
    const files = texts.map((text) => text.file);
    expect(files).toEqual(expect.arrayContaining(['content/guidance/faq.md', 'content/policy/2025.md', 'src/pages/404.astro', 'src/layouts/BaseLayout.astro']));
    expect(files).toEqual(expect.arrayContaining(['src/pages/index.astro', 'src/i18n/zhCN.ts', 'src/core/rules/describe.ts', 'src/core/calendar/deadlineIcs.ts', 'src/core/pdf/summaryModel.ts']));
    expect(WORDING_SOURCES.length).toBeGreaterThan(0);
  });

  for (const { file, text } of texts) {
    it(file, () => {
      const problems = findWordingProblems(text).map((problem) => `${problem.rule}: …${problem.excerpt}… → ${fixes.get(problem.rule) ?? ''}`);
      expect(problems).toEqual([]);
    });
  }
});

describe('the fidelity findings stay fixed (issue 22): the old forms are caught, the marked ones pass', () => {
  it.each([
    ['lost-as-fact', '未申报的 30 学时已不能计入2025年度。'],
    ['lost-as-fact', '本机有 6 学时在截止日之后申报，不计入本年度。'],
    ['upload-limit-assumed', '（常见上传限制，以平台页面提示为准）'],
    ['safe-date', '把申报截止日和最晚稳妥申报日放进手机日历'],
    ['platform-only-reading', "'只有通过平台“学习入口”在线学习的学时才自动记录，其余方式都须申报。'"],
    ['platform-then-declared', "'平台学习入口自动记录的学时无需申报，申报进度应为“待申报”'"],
    ['review-count-start', '审核时限从申报次日起算。'],
    ['site-order', '按应办理的先后排列：先处理被退回的。'],
  ])('%s: %s', (rule, text) => expect(findWordingProblems(text).map((problem) => problem.rule)).toContain(rule));

  it.each([
    '未申报的 30 学时本站不计入2025年度（本站理解）。',
    '本机有 6 学时在截止日之后申报，本站不计入本年度（本站理解）。',
    '（常见上传限制：本站假设，以平台页面为准）',
    '常见上传限制（本站假设，以平台页面为准）',
    '把申报截止日和本站建议的最晚申报日放进手机日历',
    "'只有通过平台“学习入口”在线学习的学时才自动记录，其余方式都须申报（本站理解）。'",
    '审核时限自申报之日起计算；本站从申报次日起算（本站理解）。',
    '本站排列：先处理被退回的。',
  ])('passes: %s', (text) => expect(findWordingProblems(text)).toEqual([]));
});

const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });
const strings = Object.entries(modules).flatMap(([file, exports]) => wordingStrings(exports, file.replace('../../src/i18n/', '')));

describe('primary text speaks plainly: formats, encodings and MB only in 文件格式说明 (issue 23)', () => {
  it('reads the wording of the 数据 view, the 申报 view and the evidence panel', () => {
    const paths = strings.map((item) => item.path);
    for (const expected of ['dataPanel.ts.dataText.csvHint', 'declareView.ts.declareText.packHint', 'zhCNPanels.ts.panelText.evidenceHint', 'zhCNYears.ts']) {
      expect(paths.some((path) => path.startsWith(expected))).toBe(true);
    }
  });

  it('no button, heading, hint or message outside 文件格式说明 names a file format, an encoding or MB', () => {
    const technical = strings.filter((item) => !mayBeTechnical(item.key) && TECHNICAL_WORDS.test(item.text)).map((item) => `${item.path}: ${item.text}`);
    expect(technical).toEqual([]);
  });

  it('a refused evidence file is told in plain words: too large, or not a picture or PDF', () => {
    const tooLarge = checkEvidenceFile({ name: '证书', size: 30 * 1024 * 1024 }, new Uint8Array(8));
    const unreadable = checkEvidenceFile({ name: '证书', size: 100 }, new TextEncoder().encode('MZ not a picture'));
    expect(tooLarge).toEqual({ ok: false, message: '“证书”有 30 兆字节，单个凭证文件不能超过 10 兆字节' });
    expect(unreadable).toEqual({ ok: false, message: '“证书”不是本站能读取的图片或 PDF 文件' });
  });

  it('the technical detail is still there, under 文件格式说明: the table file’s encodings and separators, the upload types and the evidence types', () => {
    const detail = strings.filter((item) => item.key.endsWith('Format')).map((item) => item.text).join('\n');
    for (const word of ['UTF-8', 'GBK', '制表符', '.xlsx', 'JPG', 'PNG', 'JPEG', 'WebP', '.zip', 'MB']) expect(detail).toContain(word);
  });

  it.each([
    '导出的表格可用 Excel 或 WPS 打开（.csv 或 Excel 的 .xlsx，UTF-8 或 GBK 编码，逗号、分号或制表符分隔均可）。',
    '一个 zip 文件：本年度汇总表 PDF、待申报记录表格（CSV）',
    '上传限制：JPG/PNG/PDF，不超过 5 MB',
    '支持 JPEG、PNG、WebP、GIF 图片和 PDF',
  ])('the old wording is caught: %s', (text) => expect(TECHNICAL_WORDS.test(text)).toBe(true));

  it.each(['导出全部表格', '一个压缩包：本年度汇总表 PDF', '上传限制：照片或 PDF，每个文件不超过 5 兆字节', '可以用 Excel 或 WPS 打开'])('plain wording passes: %s', (text) =>
    expect(TECHNICAL_WORDS.test(text)).toBe(false),
  );
});
