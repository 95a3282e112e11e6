import Dexie from 'dexie';
import { TOO_MANY_ENTRIES_MESSAGE } from '../core/limits';

export type StorageErrorCode = 'full' | 'blocked' | 'outdated' | 'unavailable' | 'invalid' | 'missing' | 'conflict' | 'tooMany' | 'failed';

const MESSAGES: Record<Exclude<StorageErrorCode, 'invalid'>, string> = {
  full: '存储空间已满，本次修改没有保存。请删除一些凭证文件或清理手机空间后重试。',
  blocked: '另一个打开本应用的标签页阻止了数据库升级。请关闭其他标签页后刷新本页。',
  outdated: '本应用已在另一个标签页更新。为保护数据，本页暂停写入，请刷新页面。',
  unavailable: '无法打开本地数据库（可能处于无痕模式或浏览器禁用了存储）。记录无法保存。',
  missing: '这条记录已不存在（可能已在其他标签页删除）。',
  tooMany: TOO_MANY_ENTRIES_MESSAGE,
  conflict: '这条记录刚在其他标签页保存过新的内容。为免覆盖，本次修改没有保存，请对照两个版本后选择。',
  failed: '保存失败，数据没有改动。请重试。',
};

/** A storage failure the UI can show as it is: `message` is Chinese and says what happened to the data. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message = code === 'invalid' ? '数据无效，没有保存。' : MESSAGES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** A save refused because the stored entry changed since the form was opened: carries the stored version. */
export class EntryConflictError<T> extends StorageError {
  constructor(
    readonly current: T,
    readonly revision: number,
  ) {
    super('conflict');
  }
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') found.push(name);
    current = inner;
  }
  return found;
}

/** Maps whatever IndexedDB or Dexie threw to a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const all = names(error);
  if (all.includes('QuotaExceededError') || all.includes(Dexie.errnames.QuotaExceeded)) return new StorageError('full', undefined, { cause: error });
  if (all.includes(Dexie.errnames.Version) || all.includes('VersionError')) return new StorageError('outdated', undefined, { cause: error });
  if (all.includes(Dexie.errnames.MissingAPI) || all.includes(Dexie.errnames.InvalidState)) {
    return new StorageError('unavailable', undefined, { cause: error });
  }
  return new StorageError('failed', undefined, { cause: error });
}

export function isClosedError(error: unknown): boolean {
  return names(error).includes(Dexie.errnames.DatabaseClosed);
}
