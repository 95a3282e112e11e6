import { fitsInSpace } from '../../core/evidence/space';
import { storageFullText } from '../../i18n/storageFull';
import { readSpaceEstimate } from './useSpaceEstimate';

/** Why files this large cannot be stored now (more than the space left), or null when they fit or the browser does not say. */
export async function wontFitMessage(files: readonly { name: string; size: number }[]): Promise<string | null> {
  const estimate = await readSpaceEstimate();
  const needed = files.reduce((sum, file) => sum + file.size, 0);
  const largest = files.reduce<{ name: string; size: number } | undefined>((big, file) => (big && big.size >= file.size ? big : file), undefined);
  if (!largest || !estimate || fitsInSpace(needed, estimate)) return null;
  return storageFullText.wontFit(largest.name, needed, Math.max(0, estimate.quota - estimate.usage));
}
