import { describe, expect, it } from 'vitest';
import { closedYears, fitsInSpace, largestFirst, shrinkTarget, spaceLeft } from '../../../../src/core/evidence/space';

const MB = 1024 * 1024;

describe('space left on the device', () => {
  it.each([
    ['half used', { usage: 25 * MB, quota: 50 * MB }, 25 * MB],
    ['over the quota counts as none left', { usage: 51 * MB, quota: 50 * MB }, 0],
    ['a browser that gives no quota says nothing', { usage: 3 * MB, quota: 0 }, null],
    ['no estimate at all says nothing', null, null],
  ])('%s', (_name, estimate, left) => {
    expect(spaceLeft(estimate)).toBe(left);
  });

  it.each([
    ['a file smaller than what is left fits', 2 * MB, { usage: 45 * MB, quota: 50 * MB }, true],
    ['a file exactly as large as what is left fits', 5 * MB, { usage: 45 * MB, quota: 50 * MB }, true],
    ['one byte more does not', 5 * MB + 1, { usage: 45 * MB, quota: 50 * MB }, false],
    ['on a full device nothing fits', 1, { usage: 50 * MB, quota: 50 * MB }, false],
    ['unknown space lets the write try', 9 * MB, undefined, true],
  ])('%s', (_name, bytes, estimate, fits) => {
    expect(fitsInSpace(bytes, estimate)).toBe(fits);
  });
});

describe('the largest files', () => {
  it('come largest first, as many as asked, equal sizes in their order', () => {
    const items = [
      { id: 'a', size: 10 },
      { id: 'b', size: 300 },
      { id: 'c', size: 20 },
      { id: 'd', size: 300 },
    ];
    expect(largestFirst(items, 3).map((item) => item.id)).toEqual(['b', 'd', 'c']);
    expect(largestFirst(items, 0)).toEqual([]);
    expect(largestFirst([], 5)).toEqual([]);
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('closed years', () => {
  it('are the years before this one that hold records, oldest first, each once', () => {
    expect(closedYears([2026, 2024, 2025, 2024, 2027], '2026-01-01')).toEqual([2024, 2025]);
    expect(closedYears([2026], '2026-12-31')).toEqual([]);
  });
});

describe('the size a smaller copy aims for', () => {
  it.each([
    ['half of a large photo', 8 * MB, 4 * MB],
    ['never above the upload limit', 12 * MB, 5 * MB],
    ['never below the readable floor', 150 * 1024, 100 * 1024],
  ])('%s', (_name, size, target) => {
    expect(shrinkTarget(size, 5 * MB, 100 * 1024)).toBe(target);
  });
});
