import { describe, expect, it } from 'vitest';
import type { EvidenceMeta } from '../../../../src/core/evidence/fileType';
import { MAX_FILE_NAME_BYTES } from '../../../../src/core/pdf/summaryFileName';
import { buildHandover, HANDOVER_LIMITS } from '../../../../src/core/unit/handoverFormat';
import { handoverFileName, handoverState, handoverYearChoices, handoverYearsText, previewHandover } from '../../../../src/core/unit/handoverPreview';
import { mixedLog, NOW, PROFILE, unitEntry } from '../../../helpers/unitFixtures';

function meta(id: string, entryId: string, size: number): EvidenceMeta {
  return { id, entryId, name: `${id}.png`, type: 'image/png', size, addedAt: '2025-03-03T00:00:00.000Z' };
}

describe('previewHandover', () => {
  it('lists the same entries buildHandover writes, by year and state', () => {
    const preview = previewHandover(PROFILE, mixedLog(), [2025, 2024], [], false);
    const built = buildHandover(PROFILE, mixedLog(), [2024, 2025], { includeEvidence: false, appVersion: '0.1.0' }, NOW);
    if (!built.ok) throw new Error(built.message);
    expect(preview.entries).toBe(built.file.entries.length);
    expect(preview.years.map((line) => [line.year, line.entries])).toEqual([
      [2024, 2],
      [2025, 6],
    ]);
    expect(preview.years[1]?.states).toEqual([
      { state: 'platform', count: 1 },
      { state: 'notDeclared', count: 1 },
      { state: 'declared', count: 1 },
      { state: 'employerApproved', count: 1 },
      { state: 'approved', count: 1 },
      { state: 'returned', count: 1 },
    ]);
  });

  it('shows a chosen year without entries as none', () => {
    expect(previewHandover(PROFILE, mixedLog(), [2023], [], false).years).toEqual([{ year: 2023, entries: 0, states: [] }]);
  });

  it('shows every profile field that goes, never the phone, blanks left out', () => {
    const preview = previewHandover({ ...PROFILE, specialty: '  ' }, [], [2025], [], false);
    expect(preview.person.map((line) => line.field)).toEqual(['name', 'employer', 'title', 'staffNumber', 'idNumber', 'department']);
    expect(preview.person.some((line) => line.value === PROFILE.phone)).toBe(false);
    expect(preview.nameMissing).toBe(false);
  });

  it.each([[{}], [{ name: '' }], [{ name: '   ', department: '心内科' }]])('a profile %j has no name', (profile) => {
    expect(previewHandover(profile, mixedLog(), [2025], [], false).nameMissing).toBe(true);
  });

  it('lists the evidence of the chosen entries only, with their total, ticked or not', () => {
    const evidence = [meta('a', 'p-declared', 1000), meta('b', 'p-2024', 500), meta('c', 'gone', 10), meta('d', 'p-returned', 24)];
    const preview = previewHandover(PROFILE, mixedLog(), [2025], evidence, false);
    expect(preview.evidence.map((item) => [item.id, item.entryTitle])).toEqual([
      ['a', '项目p-declared'],
      ['d', '项目p-returned'],
    ]);
    expect(preview.evidenceBytes).toBe(1024);
    expect(preview.includesEvidence).toBe(false);
    expect(preview.evidenceProblem).toBeUndefined();
  });

  it.each([
    ['too large together', [meta('a', 'p-declared', HANDOVER_LIMITS.totalEvidenceBytes), meta('b', 'p-declared', 1)], true, /合计超过/],
    ['exactly the limit', [meta('a', 'p-declared', HANDOVER_LIMITS.totalEvidenceBytes)], true, undefined],
    ['too many files', Array.from({ length: HANDOVER_LIMITS.evidenceFiles + 1 }, (_, i) => meta(`e${i}`, 'p-declared', 1)), true, /超过 100 个/],
    ['too large but not ticked', [meta('a', 'p-declared', HANDOVER_LIMITS.totalEvidenceBytes + 1)], false, undefined],
  ])('evidence %s', (_label, evidence, ticked, problem) => {
    const found = previewHandover(PROFILE, mixedLog(), [2025], evidence, ticked).evidenceProblem;
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('handoverState', () => {
  it.each([
    [{ recording: 'platform', way: 'onlineStudy', status: 'notDeclared' }, 'platform'],
    [{ recording: 'platform', way: 'inPerson', status: 'notDeclared' }, 'notDeclared'],
    [{ recording: 'declare', way: 'training', status: 'returned' }, 'returned'],
  ] as const)('%j is %s', (entry, state) => expect(handoverState(entry)).toBe(state));
});

describe('handoverYearChoices', () => {
  it('offers every year with entries and the current year, newest first', () => {
    expect(handoverYearChoices(mixedLog(), 2026)).toEqual([2026, 2025, 2024]);
    expect(handoverYearChoices([], 2027)).toEqual([2027]);
    expect(handoverYearChoices([unitEntry('x', { startDate: '2019-01-01', endDate: '2019-01-01' })], 2026)).toEqual([2026, 2019]);
  });
});

describe('handoverFileName', () => {
  it.each([
    [[2025], '导出给单位-2025年度-王喆-20260110.json'],
    [[2026, 2024, 2025], '导出给单位-2024-2026年度-王喆-20260110.json'],
    [[2021, 2025], '导出给单位-2021、2025年度-王喆-20260110.json'],
    [[2019, 2020, 2022, 2025], '导出给单位-2019等4个年度-王喆-20260110.json'],
  ])('%j', (years, name) => expect(handoverFileName(years, '王喆', '2026-01-10')).toBe(name));

  it('keeps a hostile name out of the path and the whole within the limit', () => {
    const name = handoverFileName([2025], `../${'长'.repeat(200)}/:*?`, '2026-01-10');
    expect(name).not.toMatch(/[/\\:*?]/);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('-20260110.json')).toBe(true);
  });

  it('says the years plainly', () => expect(handoverYearsText([])).toBe(''));
});
