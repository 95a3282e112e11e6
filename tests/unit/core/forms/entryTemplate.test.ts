import { describe, expect, it } from 'vitest';
import { emptyEntryForm, entryFormFromTemplate } from '../../../../src/core/forms/entryForm';
import { providerSuggestions, RECENT_PROVIDERS } from '../../../../src/core/forms/providerSuggestions';
import type { Entry } from '../../../../src/core/schemas/entry';

const approved: Entry = {
  id: 'a',
  title: '护理质量管理',
  kind: 'professional',
  way: 'other',
  wayNote: '院内讲座',
  startDate: '2025-03-01',
  endDate: '2025-03-02',
  hoursTenths: 65,
  providerName: '某市护理学会',
  recording: 'declare',
  status: 'returned',
  declaredOn: '2025-03-05',
  returnedOn: '2025-03-08',
  returnedBy: 'employer',
  returnReason: '证书不清晰',
  previousRounds: [{ declaredOn: '2025-03-04', returnedOn: '2025-03-05', returnedBy: 'authority', reason: '缺少证明' }],
  notes: '第一次',
};

describe('entryFormFromTemplate ("再记一条类似的")', () => {
  it('keeps what describes the course and starts the occasion afresh, dated today', () => {
    expect(entryFormFromTemplate(approved, '2025-11-28')).toEqual({
      ...emptyEntryForm('2025-11-28'),
      title: '护理质量管理',
      kind: 'professional',
      way: 'other',
      wayNote: '院内讲座',
      hours: '6.5',
      provider: '某市护理学会',
      recording: 'declare',
    });
  });

  it('never carries a declaration, a decision, a return or notes into the new entry', () => {
    const values = entryFormFromTemplate(approved, '2025-11-28');
    expect([values.status, values.declaredOn, values.returnedOn, values.returnedBy, values.returnReason, values.notes]).toEqual(['notDeclared', '', '', '', '', '']);
  });

  it('keeps platform recording for a way that may have it', () => {
    const online: Entry = { ...approved, kind: 'public', way: 'onlineStudy', recording: 'platform', status: 'notDeclared' };
    expect(entryFormFromTemplate(online, '2025-11-28').recording).toBe('platform');
  });
});

describe('providerSuggestions', () => {
  const entry = (id: string, endDate: string, providerName?: string): Entry => ({ ...approved, id, endDate, startDate: endDate, ...(providerName === undefined ? { providerName: undefined } : { providerName }) });
  const cases: { name: string; entries: Entry[]; bases: string[]; expected: string[] }[] = [
    { name: 'no entries: the bases in their order', entries: [], bases: ['河南大学', '郑州大学'], expected: ['河南大学', '郑州大学'] },
    {
      name: 'own providers first, most recent first, each once',
      entries: [entry('1', '2025-01-01', '甲学会'), entry('2', '2025-06-01', '乙医院'), entry('3', '2025-03-01', '甲学会')],
      bases: ['河南大学'],
      expected: ['乙医院', '甲学会', '河南大学'],
    },
    { name: 'a base already used is not repeated', entries: [entry('1', '2025-01-01', '河南大学')], bases: ['郑州大学', '河南大学'], expected: ['河南大学', '郑州大学'] },
    { name: 'blank and missing providers are skipped', entries: [entry('1', '2025-01-01', '  '), entry('2', '2025-01-02')], bases: ['河南大学'], expected: ['河南大学'] },
    { name: 'names are trimmed', entries: [entry('1', '2025-01-01', ' 丙中心 ')], bases: [], expected: ['丙中心'] },
  ];
  it.each(cases)('$name', ({ entries, bases, expected }) => {
    expect(providerSuggestions(entries, bases)).toEqual(expected);
  });

  it(`offers at most ${RECENT_PROVIDERS} of the person's own providers`, () => {
    const many = Array.from({ length: RECENT_PROVIDERS + 3 }, (_, index) => entry(String(index), `2025-01-${String(index + 1).padStart(2, '0')}`, `机构${index}`));
    const own = providerSuggestions(many, []);
    expect(own).toHaveLength(RECENT_PROVIDERS);
    expect(own[0]).toBe(`机构${RECENT_PROVIDERS + 2}`);
  });
});
