import { describe, expect, it } from 'vitest';
import { READ_MAX_BYTES, READ_MAX_WORDS, readableFile } from '../../../../src/core/certificate/readableFile';
import { MAX_EVIDENCE_BYTES } from '../../../../src/core/evidence/fileType';

const head = (...bytes: number[]) => Uint8Array.from(bytes);
const ascii = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const PNG = head(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = head(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const PDF = ascii('%PDF-1.7\n');

describe('which files the certificate reader takes, by their bytes', () => {
  it.each([
    ['a PNG screenshot', 200_000, PNG, { ok: true, kind: 'image' }],
    ['a JPEG photo', 3_000_000, JPEG, { ok: true, kind: 'image' }],
    ['a WebP photo', 500_000, head(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')), { ok: true, kind: 'image' }],
    ['a GIF', 9_000, ascii('GIF89a'), { ok: true, kind: 'image' }],
    ['a PDF', 80_000, PDF, { ok: true, kind: 'pdf' }],
    ['a photo too large to attach is still read', MAX_EVIDENCE_BYTES + 1, JPEG, { ok: true, kind: 'image' }],
    ['a photo at the reading limit exactly', READ_MAX_BYTES, JPEG, { ok: true, kind: 'image' }],
    ['a 0-byte file', 0, new Uint8Array(0), { ok: false, problem: 'empty' }],
    ['a 0-byte file whatever its head claims', 0, PDF, { ok: false, problem: 'empty' }],
    ['a photo one byte over the limit', READ_MAX_BYTES + 1, JPEG, { ok: false, problem: 'tooLarge' }],
    ['a text file (even one named 证书.jpg)', 120, new TextEncoder().encode('这不是证书'), { ok: false, problem: 'notCertificateType' }],
    ['a Word document', 40_000, head(0x50, 0x4b, 0x03, 0x04), { ok: false, problem: 'notCertificateType' }],
    ['a JPEG start missing its third byte', 2_000, head(0xff, 0xd8, 0x00), { ok: false, problem: 'notCertificateType' }],
    ['"PDF" without its dash', 2_000, ascii('%PDF1.7'), { ok: false, problem: 'notCertificateType' }],
    ['a file whose head could not be read', 10, new Uint8Array(0), { ok: false, problem: 'notCertificateType' }],
  ] as const)('%s', (_name, size, bytes, expected) => {
    expect(readableFile(size, bytes)).toEqual(expected);
  });

  it('reads photos larger than an attachment may be, and says its limit in plain words', () => {
    expect(READ_MAX_BYTES).toBeGreaterThan(MAX_EVIDENCE_BYTES);
    expect(READ_MAX_WORDS).toBe('64 兆字节');
  });
});
