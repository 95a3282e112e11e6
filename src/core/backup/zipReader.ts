import { Inflate } from 'fflate';

/**
 * A zip reader that trusts nothing the archive declares. The central directory
 * says where each member is; how many bytes a member really inflates to is
 * counted as it inflates, and inflating stops the moment a cap is passed,
 * whatever size the member declares. Every member's CRC-32 is checked.
 */

export interface ZipMember {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  /** Where the compressed bytes start. */
  dataStart: number;
}

export type ZipListing = { ok: true; members: Map<string, ZipMember> } | { ok: false; message: string };

export type InflateResult = { ok: true; data: Uint8Array } | { ok: false; message: string; tooLarge?: boolean };

const CORRUPT = '备份文件已损坏，无法解压';

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Incremental CRC-32 (the zip polynomial): start with 0, feed chunks, compare the result unsigned. */
export function crc32(data: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let index = 0; index < data.length; index += 1) c = (CRC_TABLE[(c ^ (data[index] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/** Reads the central directory: names, methods, CRCs and where each member's data is. Nothing is inflated. */
export function listZip(bytes: Uint8Array): ZipListing {
  const length = bytes.byteLength;
  let end = -1;
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at -= 1) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, message: CORRUPT };
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff || at + directorySize > end) return { ok: false, message: CORRUPT };
  const members = new Map<string, ZipMember>();
  const names = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return { ok: false, message: CORRUPT };
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressedSize = u32(bytes, at + 20);
    const declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const localAt = u32(bytes, at + 42);
    if (next > end) return { ok: false, message: CORRUPT };
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) return { ok: false, message: `备份中的“${name}”已加密，无法读取` };
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localAt === 0xffffffff) return { ok: false, message: '备份使用了不支持的 ZIP64 格式' };
    if (method !== 0 && method !== 8) return { ok: false, message: `备份中的“${name}”使用了不支持的压缩方式` };
    if (localAt + 30 > length || u32(bytes, localAt) !== 0x04034b50) return { ok: false, message: CORRUPT };
    const dataStart = localAt + 30 + u16(bytes, localAt + 26) + u16(bytes, localAt + 28);
    if (dataStart + compressedSize > length) return { ok: false, message: CORRUPT };
    if (members.has(name)) return { ok: false, message: `备份中有重复的文件“${name}”` };
    members.set(name, { name, method, crc, compressedSize, declaredSize, dataStart });
    at = next;
  }
  return { ok: true, members };
}

/** Compressed bytes handed to the inflater at a time: one push can grow at most about 1032-fold, so about 4 MB. */
const CHUNK = 4096;

class TooLarge extends Error {}

/**
 * Inflates one member, counting the bytes as they come out: more than `cap`
 * stops at once. Then the CRC-32 must match. `onProgress` gets the compressed
 * bytes consumed so far (for a progress bar).
 */
export function inflateMember(bytes: Uint8Array, member: ZipMember, cap: number, onProgress: (consumed: number) => void = () => {}): InflateResult {
  const tooLarge: InflateResult = { ok: false, message: `备份中的“${member.name}”解压后过大，已拒绝导入`, tooLarge: true };
  const source = bytes.subarray(member.dataStart, member.dataStart + member.compressedSize);
  let data: Uint8Array;
  if (member.method === 0) {
    if (source.byteLength > cap) return tooLarge;
    data = source;
    onProgress(source.byteLength);
  } else {
    const parts: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      total += chunk.byteLength;
      if (total > cap) throw new TooLarge();
      if (chunk.byteLength > 0) parts.push(chunk);
      if (final) done = true;
    });
    try {
      for (let at = 0; at < source.byteLength; at += CHUNK) {
        const last = at + CHUNK >= source.byteLength;
        inflater.push(source.subarray(at, at + CHUNK), last);
        onProgress(Math.min(at + CHUNK, source.byteLength));
      }
      if (source.byteLength === 0) inflater.push(source, true);
    } catch (error) {
      if (error instanceof TooLarge) return tooLarge;
      return { ok: false, message: `备份中的“${member.name}”已损坏，无法解压` };
    }
    if (!done) return { ok: false, message: `备份中的“${member.name}”不完整，无法解压` };
    data = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      data.set(part, offset);
      offset += part.byteLength;
    }
  }
  if (crc32(data) !== member.crc) return { ok: false, message: `备份中的“${member.name}”校验和（CRC-32）不符，文件已损坏或被改动` };
  return { ok: true, data };
}
