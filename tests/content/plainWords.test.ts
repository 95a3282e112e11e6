import { describe, expect, it } from 'vitest';
import { checkEvidenceFile } from '../../src/core/evidence/fileType';
import { mayBeTechnical, TECHNICAL_WORDS, wordingStrings } from '../helpers/plainWords';

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
    expect(tooLarge).toEqual({ ok: false, message: '“证书”有 30.0 兆字节，单个凭证文件不能超过 10 兆字节' });
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
