import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCertificateFields, NOT_RECOGNISED_MESSAGE, type CertificateFields } from '../../../../src/core/certificate/extractFields';
import { basesFileSchema } from '../../../../src/core/schemas/base';
import { CONTENT, readJson } from '../../../helpers/content';
import { CASES, NOT_CERTIFICATES, TODAY, type CertificateCase, type FieldName } from './certificateCases';

const BASES = basesFileSchema.parse(readJson(join(CONTENT, 'bases', 'bases.json'))).bases.map((base) => base.name);
const FIELDS: FieldName[] = ['title', 'kind', 'way', 'startDate', 'endDate', 'hoursTenths', 'providerName', 'notes'];

function read(text: string, overrides: { today?: string; ownProviders?: string[] } = {}) {
  return extractCertificateFields(text, { bases: BASES, ownProviders: overrides.ownProviders ?? [], today: overrides.today ?? TODAY });
}

/** The values the form would fill: the sure ones only. */
function filled(fields: CertificateFields): Partial<Record<FieldName, unknown>> {
  return Object.fromEntries(Object.entries(fields).filter(([, suggestion]) => suggestion.confidence === 'sure').map(([field, suggestion]) => [field, suggestion.value]));
}

function expectedFill(certificate: CertificateCase): Partial<Record<FieldName, unknown>> {
  return Object.fromEntries(FIELDS.filter((field) => certificate.truth[field] !== undefined && !(certificate.unread ?? []).includes(field)).map((field) => [field, certificate.truth[field]]));
}

describe('reading a certificate’s recognised text', () => {
  it('has cases of every layout, in clean, noisy and digital text', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((certificate) => certificate.variant))).toEqual(new Set(['clean', 'noisy', 'digital']));
  });

  it.each(CASES.map((certificate) => [`${certificate.variant}: ${certificate.name}`, certificate] as const))('%s', (_name, certificate) => {
    const reading = read(certificate.text, { ...(certificate.today ? { today: certificate.today } : {}), ...(certificate.ownProviders ? { ownProviders: certificate.ownProviders } : {}) });
    expect(reading.recognised).toBe(true);
    // Exactly these fields are filled, each with the certificate's value: nothing wrong, nothing the certificate does not say.
    expect(filled(reading.fields)).toEqual(expectedFill(certificate));
  });

  it.each(NOT_CERTIFICATES)('says it found no certificate in %s, and suggests nothing', (_name, text) => {
    expect(read(text)).toEqual({ recognised: false, fields: {}, messages: [NOT_RECOGNISED_MESSAGE] });
  });
});

describe('what the reader tells the person', () => {
  it('never takes 学分 for 学时, and names the credits for the person to check', () => {
    const reading = read('继续教育证书\n兹证明张三参加《工程伦理》专业科目培训，考核合格，获得2学分。');
    expect(reading.fields.hoursTenths).toBeUndefined();
    expect(reading.messages.some((message) => message.includes('2学分') && message.includes('不是学时'))).toBe(true);
  });

  it('says nothing of credits when the 学时 are given beside them', () => {
    const reading = read('学时证明\n课程名称：工程伦理\n学时：16\n学分：2');
    expect(reading.fields.hoursTenths).toEqual({ value: 160, confidence: 'sure' });
    expect(reading.messages.filter((message) => message.includes('学分'))).toEqual([]);
  });

  it('leaves out study dates after today and says why', () => {
    const reading = read('培训证书\n项目名称：智慧水利专题研修\n培训时间：2026年7月1日至2026年7月3日\n学时：24', { today: '2026-06-30' });
    expect(reading.fields.startDate).toBeUndefined();
    expect(reading.fields.endDate).toBeUndefined();
    expect(reading.messages.some((message) => message.includes('晚于今天'))).toBe(true);
  });

  it('takes study dates ending today', () => {
    const reading = read('培训证书\n项目名称：智慧水利专题研修\n培训时间：2026年6月28日至2026年6月30日\n学时：24', { today: '2026-06-30' });
    expect(reading.fields.endDate).toEqual({ value: '2026-06-30', confidence: 'sure' });
  });

  it('refuses an impossible date and says so', () => {
    const reading = read('培训证书\n项目名称：智慧水利专题研修\n培训时间：2025年2月28日至2025年2月29日\n学时：24');
    expect(reading.fields.endDate).toBeUndefined();
    expect(reading.messages.some((message) => message.includes('不是有效的日期'))).toBe(true);
  });

  it('shows the issue date as a note, not as the end date', () => {
    const reading = read('结业证书\n项目名称：安全生产管理培训\n学时：8\n发证日期：2026年3月20日');
    expect(reading.fields.endDate).toBeUndefined();
    expect(reading.messages).toContain('证书上的发证日期为2026年3月20日，不是学习的完成日期，没有填入。');
  });

  it('offers a guessed year as unsure, with a note', () => {
    const reading = read('培训证明\n张三于3月5日至7日参加《急救技能》培训，共计12学时。', { today: '2026-06-30' });
    expect(reading.fields.startDate).toEqual({ value: '2026-03-05', confidence: 'unsure' });
    expect(reading.fields.endDate).toEqual({ value: '2026-03-07', confidence: 'unsure' });
    expect(reading.messages.some((message) => message.includes('没有写年份'))).toBe(true);
  });

  it('guesses the year before today’s for a period later in the year than today', () => {
    const reading = read('培训证明\n张三于11月5日至7日参加《急救技能》培训，共计12学时。', { today: '2026-06-30' });
    expect(reading.fields.endDate).toEqual({ value: '2025-11-07', confidence: 'unsure' });
  });

  it('names both bases a misread provider could be, and fills neither', () => {
    const reading = read('结业证书\n项目名称：职业教育教学能力提升培训\n学时：32\n施教机构：沿阳职业技术学院');
    expect(reading.fields.providerName?.confidence).toBe('unsure');
    const message = reading.messages.find((text) => text.startsWith('机构'));
    expect(message).toContain('洛阳职业技术学院');
    expect(message).toContain('信阳职业技术学院');
  });

  it('puts the certificate’s number in 备注', () => {
    expect(read('结业证书\n项目名称：安全生产管理培训\n证书编号：AQ 2026 0007').fields.notes).toEqual({ value: '证书编号：AQ20260007', confidence: 'sure' });
  });

  it('does not read a 学员编号 as the certificate’s number', () => {
    expect(read('结业证书\n项目名称：安全生产管理培训\n学员编号：2026001').fields.notes).toBeUndefined();
  });

  it('gives the way as unsure while the kind is unknown, as it depends on it', () => {
    const reading = read('学时证明\n课程名称：人工智能通识\n在线学习，学时：3');
    expect(reading.fields.kind).toBeUndefined();
    expect(reading.fields.way).toEqual({ value: 'onlineStudy', confidence: 'unsure' });
  });

  it.each([
    ['公需科目', '在线学习', 'public', 'onlineStudy'],
    ['公需科目', '面授', 'public', 'inPerson'],
    ['公需科目', '集中培训', 'public', 'inPerson'],
    ['专业科目', '网络培训', 'professional', 'eLearning'],
    ['专业科目', '面授', 'professional', 'training'],
    ['专业科目', '进修', 'professional', 'training'],
  ])('reads %s with %s as %s / %s', (kindWords, wayWords, kind, way) => {
    const reading = read(`学时证明\n课程名称：综合能力提升\n科目类别：${kindWords}\n学习方式：${wayWords}\n学时：8`);
    expect(reading.fields.kind).toEqual({ value: kind, confidence: 'sure' });
    expect(reading.fields.way).toEqual({ value: way, confidence: 'sure' });
  });

  it('suggests no way for 进修 under 公需科目, which has none such', () => {
    expect(read('学时证明\n课程名称：综合能力提升\n科目类别：公需科目\n学习方式：进修\n学时：8').fields.way).toBeUndefined();
  });

  it('suggests no way when the certificate names both online and face-to-face study', () => {
    expect(read('学时证明\n课程名称：综合能力提升\n科目类别：专业科目\n线上学习与线下面授相结合\n学时：8').fields.way).toBeUndefined();
  });
});
