import { describe, expect, it } from 'vitest';
import { MAX_LIMIT_BYTES, MIN_LIMIT_BYTES } from '../../../../src/core/declare/uploadLimit';
import { MAX_EVIDENCE_BYTES } from '../../../../src/core/evidence/fileType';
import { bytesAsMegabytes, megabytesInWords, sizeInWords } from '../../../../src/core/text/sizeWords';

describe('sizes in plain words (兆字节, 千字节), as hints and messages say them', () => {
  it('says the limits a person is told as whole or one-decimal 兆字节', () => {
    expect(bytesAsMegabytes(MAX_EVIDENCE_BYTES)).toBe('10 兆字节');
    expect(bytesAsMegabytes(MIN_LIMIT_BYTES)).toBe('0.1 兆字节');
    expect(bytesAsMegabytes(MAX_LIMIT_BYTES)).toBe('50 兆字节');
    expect(megabytesInWords('2.5')).toBe('2.5 兆字节');
  });

  it.each([
    [0, '0 千字节'],
    [300, '1 千字节'],
    [150 * 1024, '150 千字节'],
    [1023 * 1024, '1023 千字节'],
    [1024 * 1024 - 1, '1 兆字节'],
    [1024 * 1024, '1 兆字节'],
    [48.2 * 1024 * 1024, '48.2 兆字节'],
    [Math.round(2.46 * 1024 * 1024), '2.5 兆字节'],
  ])('%i bytes read as %s', (bytes, words) => expect(sizeInWords(bytes)).toBe(words));
});
