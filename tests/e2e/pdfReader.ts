import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';

/** Saves a download and reads it back with poppler: text in drawing order, and the page count. */
export async function readDownloadedPdf(download: Download): Promise<{ text: string; pages: number; bytes: Buffer }> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const { readFileSync } = await import('node:fs');
  return { text, pages, bytes: readFileSync(path) };
}
