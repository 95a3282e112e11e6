/**
 * What register.ts records on <html> once the service worker has answered
 * whether this page and every file it needs are kept for offline use (on the
 * log: the app, its lazy parts and the PDF font); the log's 数据 view shows it.
 * Types only, so the page script and the view share no code to download.
 */
export type OfflineFilesState = 'ready' | 'failed';

export interface OfflineDataset {
  offlineFiles?: OfflineFilesState;
}

export type OfflineDatasetHolder = { dataset: DOMStringMap & OfflineDataset };
