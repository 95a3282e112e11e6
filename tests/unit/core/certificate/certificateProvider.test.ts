import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchProvider } from '../../../../src/core/certificate/certificateProvider';
import { basesFileSchema } from '../../../../src/core/schemas/base';
import { CONTENT, readJson } from '../../../helpers/content';

const BASES = basesFileSchema.parse(readJson(join(CONTENT, 'bases', 'bases.json'))).bases.map((base) => base.name);
const OWN = ['郑州市卫生健康委员会'];

describe('matching a written provider to a known name', () => {
  it.each([
    ['河南省人才交流中心', { kind: 'one', name: '河南省人才交流中心' }],
    ['河 南 大 学', { kind: 'one', name: '河南大学' }],
    ['河南大学继续教育学院', { kind: 'one', name: '河南大学' }],
    ['郑州大学体育学院', { kind: 'one', name: '郑州大学体育学院' }],
    ['郑州大学', { kind: 'one', name: '郑州大学' }],
    ['河南省继续教肓学会', { kind: 'one', name: '河南省继续教育学会' }],
    ['洛阳理工学院', { kind: 'one', name: '洛阳理工学院' }],
    ['郑州市卫生健康委贝会', { kind: 'one', name: '郑州市卫生健康委员会' }],
    ['河南大学继续教育中心', { kind: 'one', name: '河南大学' }],
    ['ＨＥ 许昌学院', { kind: 'partial', name: '许昌学院' }],
    ['郑州大学第一附属医院', { kind: 'partial', name: '郑州大学' }],
    ['河南省人民医院眼科', { kind: 'partial', name: '河南省人民医院' }],
    ['沿阳职业技术学院', { kind: 'ambiguous', names: ['信阳职业技术学院', '洛阳职业技术学院'] }],
    ['洺阳理工学院', { kind: 'ambiguous', names: ['南阳理工学院', '洛阳理工学院'] }],
    ['郑州大学体肓学院', { kind: 'ambiguous', names: ['郑州大学', '郑州大学体育学院'] }],
    ['许昌字院', { kind: 'none' }],
    ['郑州市第一人民医院', { kind: 'none' }],
    ['', { kind: 'none' }],
  ])('%s → %j', (written, expected) => {
    const match = matchProvider(written, [...BASES, ...OWN]);
    expect(match.kind === 'ambiguous' ? { ...match, names: [...match.names].sort() } : match).toEqual(
      expected.kind === 'ambiguous' && 'names' in expected ? { ...expected, names: [...expected.names].sort() } : expected,
    );
  });
});
