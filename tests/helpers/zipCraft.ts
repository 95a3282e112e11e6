import { deflateRawSync, constants } from 'node:zlib';
import { crc32 } from '../../src/core/backup/zipReader';

export interface CraftedMember {
  name: string;
  /** The bytes as stored in the zip (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** What the headers claim the member inflates to. */
  declaredSize: number;
}

/** A member whose headers say what is true. */
export function honestMember(name: string, data: Uint8Array, method: 0 | 8 = 8): CraftedMember {
  return { name, stored: method === 8 ? new Uint8Array(deflateRawSync(data)) : data, method, crc: crc32(data), declaredSize: data.byteLength };
}

/**
 * A raw DEFLATE stream that inflates to `total` zero bytes, built without ever
 * holding them: one 16 MB block of zeros compressed with a sync flush, repeated,
 * then an empty final block.
 */
export function zeroBombStream(total: number): Uint8Array {
  const piece = 16 * 1024 * 1024;
  const block = new Uint8Array(deflateRawSync(new Uint8Array(piece), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  const count = Math.ceil(total / piece);
  const out = new Uint8Array(block.byteLength * count + 2);
  for (let index = 0; index < count; index += 1) out.set(block, index * block.byteLength);
  // A final fixed-Huffman block holding only end-of-block.
  out.set([0x03, 0x00], block.byteLength * count);
  return out;
}

/** Writes a zip with exactly the headers given, true or not. */
export function craftZip(members: readonly CraftedMember[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const member of members) {
    const name = encoder.encode(member.name);
    const local = new Uint8Array(30 + name.byteLength);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, member.method, true);
    view.setUint32(14, member.crc >>> 0, true);
    view.setUint32(18, member.stored.byteLength, true);
    view.setUint32(22, member.declaredSize, true);
    view.setUint16(26, name.byteLength, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.byteLength);
    const cview = new DataView(central.buffer);
    cview.setUint32(0, 0x02014b50, true);
    cview.setUint16(4, 20, true);
    cview.setUint16(6, 20, true);
    cview.setUint16(10, member.method, true);
    cview.setUint32(16, member.crc >>> 0, true);
    cview.setUint32(20, member.stored.byteLength, true);
    cview.setUint32(24, member.declaredSize, true);
    cview.setUint16(28, name.byteLength, true);
    cview.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, member.stored);
    centrals.push(central);
    offset += local.byteLength + member.stored.byteLength;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new Uint8Array(22);
  const eview = new DataView(end.buffer);
  eview.setUint32(0, 0x06054b50, true);
  eview.setUint16(8, members.length, true);
  eview.setUint16(10, members.length, true);
  eview.setUint32(12, directorySize, true);
  eview.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
