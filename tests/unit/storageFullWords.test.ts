import { describe, expect, it } from 'vitest';
import { amount, storageFullText } from '../../src/i18n/storageFull';

describe('how much space, in words', () => {
  it.each([
    [0, '0 KB'],
    [300, '1 KB'],
    [76 * 1024, '76 KB'],
    [1024 * 1024, '1 兆'],
    [48.2 * 1024 * 1024, '48.2 兆'],
  ])('%i bytes read as %s', (bytes, words) => {
    expect(amount(bytes)).toBe(words);
  });

  it('says what the site uses against what it may use', () => {
    expect(storageFullText.usage(48.2 * 1024 * 1024, 50 * 1024 * 1024)).toBe('本站已用 48.2 兆，可用约 50 兆。');
  });
});
