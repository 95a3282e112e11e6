/**
 * What a full device shows, behind one small module: the log's first load
 * then names a single file for it instead of every file it imports.
 */
export const loadFullDevice = () => import('./FullDevice').then((module) => module.FullDevice);
