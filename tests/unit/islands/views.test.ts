import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, hashOfView, LOG_VIEWS, viewFromHash } from '../../../src/islands/app/views';

describe('the log views in the URL hash', () => {
  it.each(LOG_VIEWS)('#%s opens its view and round-trips', (view) => {
    expect(viewFromHash(hashOfView(view))).toBe(view);
  });

  it.each([
    { hash: '', expected: DEFAULT_VIEW },
    { hash: '#', expected: DEFAULT_VIEW },
    { hash: '#main', expected: null },
    { hash: '#data-title', expected: null },
    { hash: '#Data', expected: null },
    { hash: '#__proto__', expected: null },
    { hash: '#constructor', expected: null },
    { hash: '#entries/../../etc', expected: null },
  ])('"$hash" → $expected', ({ hash, expected }) => {
    expect(viewFromHash(hash)).toBe(expected);
  });
});
