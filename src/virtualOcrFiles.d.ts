declare module 'virtual:ocr-files' {
  const files: import('./core/certificate/ocr/ocrFiles').OcrFileSet;
  export default files;
}
