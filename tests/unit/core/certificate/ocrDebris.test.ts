import { describe, expect, it } from 'vitest';
import { extractCertificateFields } from '../../../../src/core/certificate/extractFields';
import { DOUBT, textFromOcrLines } from '../../../../src/core/certificate/ocrText';

const context = { bases: ['郑州大学'], ownProviders: [], today: '2026-12-08' };
const read = (text: string) => extractCertificateFields(text, context);

describe('what the OCR engine doubted or made of debris is never filled as sure', () => {
  it.each([
    ['a title with a rule read as |', '于2026年3月5日参加了《大数据分析广内|法与实践》培训，共计8学时。', '大数据分析广内|法与实践'],
    ['a title with a lone Latin letter between Chinese characters', '于2026年3月5日参加了《农业N技术推广》培训，共计8学时。', '农业N技术推广'],
    ['a title with a doubted character', `于2026年3月5日参加了《医疗${DOUBT}量管理》培训，共计8学时。`, `医疗${DOUBT}量管理`],
  ])('%s', (_name, text, title) => {
    expect(read(text).fields.title).toEqual({ value: title, confidence: 'unsure' });
  });

  it('a title with a real abbreviation (AI) stays sure', () => {
    expect(read('于2026年3月5日参加了《使用AI工具提升效率》培训，共计8学时。').fields.title?.confidence).toBe('sure');
  });

  it.each([
    ['a doubted digit inside the figure', `共计7${DOUBT}5学时`],
    ['a doubted point split off by a blank', `学时：2 ${DOUBT}5`],
    ['a doubted first digit', `学时：${DOUBT}2`],
  ])('学时 with %s: none taken, never the digits left over', (_name, line) => {
    const reading = read(`继续教育学时证明\n培训项目：医疗质量管理\n${line}\n证书编号：HN2026-001`);
    expect(reading.fields.hoursTenths).toBeUndefined();
  });

  it('a doubted digit in a date leaves the date empty', () => {
    const reading = read(`继续教育学时证明\n培训时间：2026.0${DOUBT}.22\n学时：8`);
    expect(reading.fields.startDate).toBeUndefined();
    expect(reading.fields.hoursTenths).toEqual({ value: 80, confidence: 'sure' });
  });
});

describe('the OCR engine’s words become lines of text', () => {
  const box = (x0: number, x1: number) => ({ x0, x1, y0: 0, y1: 40 });
  const word = (text: string, x0: number, x1: number, confidence = 99) => ({ bbox: box(x0, x1), symbols: [...text].map((symbol) => ({ text: symbol, confidence })) });

  it('Chinese runs are written together, a figure split in two is joined, far words keep a wide gap', () => {
    const text = textFromOcrLines([{ words: [word('继续', 0, 80), word('教育', 84, 164), word('7.', 170, 190), word('5', 192, 204), word('上', 600, 640)] }]);
    expect(text).toBe('继续教育 7.5   上');
  });

  it('a character read with less than 90 confidence becomes the doubt sign', () => {
    expect(textFromOcrLines([{ words: [word('学时', 0, 80), word('8', 90, 110, 62)] }])).toBe(`学时${DOUBT}`);
  });
});

describe('figures and numbers the engine may have cut short', () => {
  it.each([
    ['a rule’s remnant before the figure', '培训学时   | 2'],
    ['a doubted character before the figure', `学时：${DOUBT} 2`],
    ['a misread 1 set apart before the figure', '共计 l 2学时'],
  ])('学时 after %s is never filled as sure', (_name, line) => {
    const reading = read(`继续教育学时证明\n培训项目：医疗质量管理\n${line}`);
    expect(reading.fields.hoursTenths?.confidence).not.toBe('sure');
  });

  it('学时 read cleanly stays sure', () => {
    expect(read('继续教育学时证明\n培训项目：医疗质量管理\n培训学时   12').fields.hoursTenths).toEqual({ value: 120, confidence: 'sure' });
  });

  it('a certificate number cut by a doubted character is left out, never shortened', () => {
    const reading = read(`继续教育学时证明\n培训项目：医疗质量管理\n学时：8\n证书编号：HN2026-${DOUBT}4120`);
    expect(reading.fields.notes).toBeUndefined();
  });
});
