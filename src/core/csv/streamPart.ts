import { Inflate } from "fflate";
import { crc32, type ZipMember } from "../backup/zipReader";
import type { XmlScanner } from "./xmlScan";

export type StreamResult =
  | { ok: true; inflated: number }
  | { ok: false; message?: string; tooLarge?: boolean };

/** Compressed bytes inflated at a time: each piece is scanned before the next is inflated. */
const CHUNK = 16 * 1024;

class Stop extends Error {}

/**
 * Inflates a workbook part piece by piece into the XML scanner: a part that
 * passes a limit early (nesting, columns, rows) is refused without inflating
 * the rest, and one that inflates past `cap` stops there. Text must be UTF-8;
 * a part read to its end must match its CRC-32. `message` is the scanner's
 * refusal; without one, the part is damaged.
 */
export function streamXmlPart(
  bytes: Uint8Array,
  member: ZipMember,
  cap: number,
  scanner: XmlScanner,
  onProgress: (fraction: number) => void = () => {},
): StreamResult {
  const source = bytes.subarray(
    member.dataStart,
    member.dataStart + member.compressedSize,
  );
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let total = 0;
  let crc = 0;
  let done = false;
  let refusal: string | undefined;
  let tooLarge = false;
  const take = (chunk: Uint8Array, final: boolean) => {
    total += chunk.byteLength;
    if (total > cap) {
      tooLarge = true;
      throw new Stop();
    }
    crc = crc32(chunk, crc);
    refusal = scanner.feed(decoder.decode(chunk, { stream: !final }));
    if (refusal !== undefined) throw new Stop();
    if (final) done = true;
  };
  try {
    if (member.method === 0) take(source, true);
    else {
      const inflater = new Inflate(take);
      for (let at = 0; at < source.byteLength; at += CHUNK) {
        inflater.push(
          source.subarray(at, at + CHUNK),
          at + CHUNK >= source.byteLength,
        );
        onProgress(Math.min(1, (at + CHUNK) / source.byteLength));
      }
      if (source.byteLength === 0) inflater.push(source, true);
    }
  } catch {
    if (tooLarge) return { ok: false, tooLarge: true };
    return refusal === undefined
      ? { ok: false }
      : { ok: false, message: refusal };
  }
  if (!done || crc !== member.crc) return { ok: false };
  const end = scanner.finish();
  return end === undefined
    ? { ok: true, inflated: total }
    : { ok: false, message: end };
}
