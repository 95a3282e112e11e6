// The engine's own ES-module build: one default export, the same API its types describe.
declare module 'tesseract.js/dist/tesseract.esm.min.js' {
  import type Tesseract from 'tesseract.js';
  const engine: typeof Tesseract;
  export default engine;
}
