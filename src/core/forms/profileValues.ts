/**
 * The profile form's text after the stored profile changed (a save here, a
 * restore, another tab): a field the person has not touched follows the
 * stored value; a field they are editing keeps what they typed.
 */
export function mergeProfileValues<K extends string>(
  current: Readonly<Record<K, string>>,
  previousStored: Readonly<Record<K, string>>,
  nextStored: Readonly<Record<K, string>>,
): Record<K, string> {
  const merged: Record<K, string> = { ...current };
  for (const key of Object.keys(nextStored) as K[]) {
    if (current[key] === previousStored[key]) merged[key] = nextStored[key];
  }
  return merged;
}
