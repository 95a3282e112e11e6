import { formatHours } from '../hours/formatHours';
import type { Entry } from '../schemas/entry';

/** Characters no file system or chat app takes in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function safePart(text: string, max: number): string {
  const cleaned = text.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return [...cleaned].slice(0, max).join('') || '_';
}

/**
 * An upload copy's name: 序号-项目名称-学时.jpg (or .pdf), with -2, -3 … for an
 * entry's second and later files, so names never collide in one pack.
 */
export function uploadCopyName(number: number, entry: Pick<Entry, 'title' | 'hoursTenths'>, extension: 'jpg' | 'png' | 'pdf', index = 0): string {
  const suffix = index > 0 ? `-${index + 1}` : '';
  return `${number}-${safePart(entry.title, 60)}-${formatHours(entry.hoursTenths)}${suffix}.${extension}`;
}

/** A folder name in the pack for one entry: 序号-项目名称. */
export function entryFolderName(number: number, entry: Pick<Entry, 'title'>): string {
  return `${number}-${safePart(entry.title, 60)}`;
}
