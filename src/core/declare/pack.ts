import { strToU8, zipSync, type Zippable } from 'fflate';
import { entryCsvCells, CSV_FIELDS } from '../csv/entriesCsv';
import { writeCsv } from '../csv/csv';
import type { ChecklistItem } from './checklist';
import { entryFolderName } from './fileNames';

/** One upload copy in the pack, under its entry's folder. */
export interface PackFile {
  name: string;
  bytes: Uint8Array;
}

/** What the pack holds for one entry of the 清单: its upload copies and the files that could not be made, with why. */
export interface PackEntry {
  item: ChecklistItem;
  stateLabel: string;
  files: PackFile[];
  problems: string[];
}

export interface PackHeaders {
  number: string;
  state: string;
  files: string;
  problems: string;
}

/** The CSV of the entries to declare: 序号, state, the usual entry columns, the copies' names and any evidence problem. */
export function packCsv(entries: readonly PackEntry[], headers: PackHeaders): string {
  return writeCsv([
    [headers.number, headers.state, ...CSV_FIELDS.map((field) => field.header), headers.files, headers.problems],
    ...entries.map(({ item, stateLabel, files, problems }) => [
      String(item.number),
      stateLabel,
      ...entryCsvCells(item.entry),
      files.map((file) => file.name).join('；'),
      problems.join('；'),
    ]),
  ]);
}

/**
 * The 申报材料包: the summary PDF and the CSV at the top, then one folder per
 * entry (序号-项目名称) with its upload copies. Stored, not recompressed: the
 * photos and PDFs are compressed already.
 */
/** Unix-made, rw-r--r--: with the UTF-8 name flag, unzip and the desktop archivers show the Chinese names as they are (an MS-DOS origin makes Info-ZIP re-code them). */
const FILE = { os: 3, attrs: 0o100644 << 16 } as const;

/** `madeAt` dates every member: zip times are the device's local time, so the archiver shows the day and hour the pack was made. */
export function buildPack(parts: { pdfName: string; pdf: Uint8Array; csvName: string; csv: string; entries: readonly PackEntry[]; madeAt: Date }): Uint8Array {
  const files: Zippable = {
    [parts.pdfName]: [parts.pdf, { level: 0, ...FILE }],
    [parts.csvName]: [strToU8(parts.csv), { level: 6, ...FILE }],
  };
  for (const { item, files: copies } of parts.entries) {
    const folder = entryFolderName(item.number, item.entry);
    for (const copy of copies) files[`${folder}/${copy.name}`] = [copy.bytes, { level: 0, ...FILE }];
  }
  return zipSync(files, { mtime: parts.madeAt });
}
