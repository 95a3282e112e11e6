import { describe, expect, it } from 'vitest';
import { storageFullText } from '../../src/i18n/storageFull';

describe('how much space, in words', () => {
  it('says what the site uses against what it may use, in the same words as every other size', () => {
    expect(storageFullText.usage(48.2 * 1024 * 1024, 50 * 1024 * 1024)).toBe('本站已用 48.2 兆字节，可用约 50 兆字节。');
    expect(storageFullText.usage(0, 300 * 1024)).toBe('本站已用 0 千字节，可用约 300 千字节。');
  });
});
