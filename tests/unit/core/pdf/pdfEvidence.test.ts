import { describe, expect, it } from 'vitest';
import { evidencePerPage, isDrawableEvidence, pdfEvidence, type PdfEvidenceMode } from '../../../../src/core/pdf/pdfEvidence';

const files = [
  { id: 'a', entryId: 'e1', type: 'image/png' },
  { id: 'b', entryId: 'e1', type: 'application/pdf' },
  { id: 'c', entryId: 'e2', type: 'image/jpeg' },
  { id: 'd', entryId: 'e3', type: 'image/webp' },
  { id: 'e', entryId: 'e2', type: 'image/gif' },
  { id: 'f', entryId: 'e2', type: 'text/plain' },
];

describe('which evidence goes in the summary PDF', () => {
  const cases: { name: string; mode: PdfEvidenceMode; entryIds: string[]; expected: string[] }[] = [
    { name: 'none when the person chose none', mode: 'none', entryIds: ['e1', 'e2', 'e3'], expected: [] },
    { name: 'every image of the listed entries, in the order added; PDF certificates left out', mode: '1', entryIds: ['e1', 'e2', 'e3'], expected: ['a', 'c', 'd', 'e'] },
    { name: 'the same choice with two a page', mode: '2', entryIds: ['e1', 'e2', 'e3'], expected: ['a', 'c', 'd', 'e'] },
    { name: 'only the entries of the summary (another year’s evidence stays out)', mode: '1', entryIds: ['e2'], expected: ['c', 'e'] },
    { name: 'nothing for a year without entries', mode: '1', entryIds: [], expected: [] },
    { name: 'an entry with only a PDF certificate adds nothing', mode: '2', entryIds: ['e1'], expected: ['a'] },
  ];
  it.each(cases)('$name', ({ mode, entryIds, expected }) => {
    expect(pdfEvidence(files, mode, entryIds).map((file) => file.id)).toEqual(expected);
  });

  it.each([
    ['image/jpeg', true],
    ['image/png', true],
    ['image/webp', true],
    ['image/gif', true],
    ['application/pdf', false],
    ['text/plain', false],
    ['', false],
  ] as const)('%s is drawable: %s', (type, drawable) => {
    expect(isDrawableEvidence(type)).toBe(drawable);
  });

  it.each([
    ['none', 1],
    ['1', 1],
    ['2', 2],
  ] as const)('mode %s puts %i image(s) on a page', (mode, perPage) => {
    expect(evidencePerPage(mode)).toBe(perPage);
  });
});
