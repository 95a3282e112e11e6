import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateYear } from '../../src/core/rules/evaluateYear';
import { buildSummary } from '../../src/core/pdf/summaryModel';
import type { Entry } from '../../src/core/schemas/entry';
import type { Profile } from '../../src/core/schemas/profile';
import { CALENDAR, RULE_2025 } from './engine';
import { ROOT } from './content';

export const FONT = new Uint8Array(readFileSync(join(ROOT, 'public', 'fonts', 'NotoSansSC-Regular.ttf')));

export function entriesFor(count: number): Entry[] {
  return Array.from({ length: count }, (_, index): Entry => {
    const professional = index % 3 !== 0;
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((index % 11) + 1).padStart(2, '0');
    return {
      id: `e${index}`,
      title: index === 1 ? '医学影像新技术与人工智能辅助诊断高级研修班（第二期）——理论授课、病例讨论与上机实践' : `${professional ? '专业' : '公需'}课程第${index + 1}讲`,
      kind: professional ? 'professional' : 'public',
      way: professional ? 'training' : 'onlineStudy',
      startDate: `2025-${month}-${day}`,
      endDate: `2025-${month}-${day}`,
      hoursTenths: 25,
      providerName: professional ? '河南省人民医院' : '河南大学',
      recording: professional ? 'declare' : 'platform',
      status: professional ? 'approved' : 'notDeclared',
      ...(professional ? { declaredOn: `2025-${month}-${day}`, approvedOn: `2025-${month}-${day}` } : {}),
    };
  });
}

export function summaryFor(entries: readonly Entry[], profile: Profile = { name: '王喆', employer: '郑州市第一人民医院', title: '主治医师' }) {
  const report = evaluateYear(RULE_2025, entries, { asOf: '2025-11-27', calendar: CALENDAR });
  return buildSummary({ report, entries, profile, generatedOn: '2025-11-27' });
}
