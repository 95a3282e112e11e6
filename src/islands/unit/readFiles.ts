import { readHandover } from '../../core/unit/handoverFormat';
import type { ReadFile } from '../../core/unit/importPlan';
import { unitImportText as t } from '../../i18n/unitImport';
import { readBackupInWorker } from '../runtime/readBackupInWorker';

/**
 * Reads the files HR dropped or picked, one by one, before anything is
 * written: a 导出给单位 file by its core reader, a full backup (a zip) by the
 * log's backup reader in a Web Worker (its entries and profile only; evidence
 * is left out). Never throws: a file that cannot be read is refused with its message.
 */
export async function readFiles(files: readonly File[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) read.push(await readOne(file));
  return read;
}

async function readOne(file: File): Promise<ReadFile> {
  const fileName = file.name;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      const result = await readBackupInWorker(bytes.buffer, () => {}).result;
      if (!result.ok) return { fileName, ok: false, message: result.message };
      const { phone: _phone, ...profile } = result.backup.profile;
      const name = profile.name?.trim() ?? '';
      if (name === '') return { fileName, ok: false, message: t.backupNoName };
      return { fileName, ok: true, person: { ...profile, name }, entries: result.backup.entries.map((item) => item.entry), years: null };
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const result = readHandover(text);
    if (!result.ok) return { fileName, ok: false, message: result.message };
    return { fileName, ok: true, person: result.handover.person, entries: result.handover.entries, years: result.handover.years };
  } catch {
    return { fileName, ok: false, message: t.readFailed };
  }
}
