/** Characters no common file system accepts in a name, control and text-direction characters included. */
const UNSAFE = /[/\\:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Some systems refuse longer names (255 bytes is the usual limit); this leaves room for "(1)" and the like. */
export const MAX_FILE_NAME_BYTES = 200;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** A person's name as it can stand in a file name: unsafe characters dropped, spaces collapsed, no leading or trailing dots or spaces. */
export function fileNamePart(text: string): string {
  return text
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/** Keeps as many whole characters of `text` as fit in `bytes` bytes of UTF-8. */
function capBytes(text: string, bytes: number): string {
  let kept = '';
  let used = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (used + size > bytes) break;
    kept += char;
    used += size;
  }
  return kept.replace(/[\s.]+$/, '');
}

/**
 * The summary PDF's file name: "2026年度继续教育学时自查申报汇总表-张晓燕-20261208.pdf"
 * (the title, the person's name, the day it was made), so two people's forms and
 * two days' forms never share a name. Without a usable name, the name and its
 * hyphen are left out. The name is shortened, whole characters at a time, to keep
 * the whole within MAX_FILE_NAME_BYTES. Other files named by the same
 * convention (the 导出给单位 file) pass their own extension.
 */
export function summaryFileName(title: string, name: string | null | undefined, madeOn: string, extension = 'pdf'): string {
  const day = `-${madeOn.replaceAll('-', '')}.${extension}`;
  const room = MAX_FILE_NAME_BYTES - utf8Bytes(title) - utf8Bytes(day) - 1;
  const person = capBytes(fileNamePart(name ?? ''), Math.max(0, room));
  return `${title}${person === '' ? '' : `-${person}`}${day}`;
}
