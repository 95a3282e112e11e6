/** What 导入 needs, loaded when HR first picks or drops files: the readers and the preview. */
export { readFiles } from './readFiles';
export { ImportPanel } from './ImportPanel';
export { applyImport } from '../../db/unit/unitImportWrite';
