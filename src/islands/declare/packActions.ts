import type { ChecklistItem } from '../../core/declare/checklist';
import { uploadCopyName } from '../../core/declare/fileNames';
import { buildPack, packCsv, type PackEntry } from '../../core/declare/pack';
import type { UploadLimit } from '../../core/declare/uploadLimit';
import { limitMegabytes } from '../../core/declare/uploadLimit';
import { buildSummary } from '../../core/pdf/summaryModel';
import type { YearReport } from '../../core/rules/report';
import type { Entry } from '../../core/schemas/entry';
import type { Profile } from '../../core/schemas/profile';
import type { AppDatabase } from '../../db/database';
import { evidenceFile, evidenceOfEntries } from '../../db/evidence';
import { makeSummaryPdf } from '../../pdf/makeSummaryPdf';
import { declareText as t } from '../../i18n/declareView';
import { makeUploadCopy } from '../runtime/uploadCopy';

export interface MadeFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
}

export interface YearData {
  db: AppDatabase;
  report: YearReport;
  entries: readonly Entry[];
  profile: Profile;
  today: string;
}

/** The year's summary PDF, made by the same renderer as the summary panel (no evidence pages: the pack carries the copies). */
export async function summaryPdf({ report, entries, profile, today }: YearData): Promise<MadeFile> {
  const model = buildSummary({ report, entries, profile, generatedOn: today, evidence: [] });
  const bytes = new Uint8Array(await makeSummaryPdf(model, [], 1));
  return { name: model.fileName, bytes, type: 'application/pdf' };
}

/** Every evidence file of one 清单 entry as an upload copy, or the reason it could not be made. */
async function packEntry(db: AppDatabase, item: ChecklistItem, stateLabel: string, limit: UploadLimit): Promise<PackEntry> {
  const metas = await evidenceOfEntries(db, [item.entry.id]);
  const result: PackEntry = { item, stateLabel, files: [], problems: [] };
  for (const [index, meta] of metas.entries()) {
    const file = await evidenceFile(db, meta.id);
    const copy = file ? await makeUploadCopy(file.data, meta.type, limit.maxBytes) : ({ ok: false, reason: 'undecodable' } as const);
    if (copy.ok) {
      result.files.push({ name: uploadCopyName(item.number, item.entry, copy.type === 'application/pdf' ? 'pdf' : copy.type === 'image/png' ? 'png' : 'jpg', index), bytes: copy.bytes });
    } else {
      result.problems.push(copy.reason === 'undecodable' ? t.undecodable(meta.name) : t.cannotShrink(meta.name, limitMegabytes(limit)));
    }
  }
  return result;
}

/** The 申报材料包: summary PDF, the CSV of entries to declare, and every upload copy grouped by entry. */
export async function declarePack(data: YearData, items: readonly ChecklistItem[], limit: UploadLimit): Promise<MadeFile & { problems: number; files: number }> {
  const pdf = await summaryPdf(data);
  const entries: PackEntry[] = [];
  for (const item of items) entries.push(await packEntry(data.db, item, item.state === 'returned' ? t.stateReturned : t.stateNotDeclared, limit));
  const csvName = t.csvFileName(data.report.year);
  const bytes = new Uint8Array(buildPack({ pdfName: pdf.name, pdf: pdf.bytes, csvName, csv: packCsv(entries, t.csvHeaders), entries, madeAt: new Date() }));
  // The summary PDF and the table file, then every upload copy.
  const files = 2 + entries.reduce((sum, entry) => sum + entry.files.length, 0);
  return { name: t.packFileName(data.report.year), bytes, type: 'application/zip', problems: entries.reduce((sum, entry) => sum + entry.problems.length, 0), files };
}
