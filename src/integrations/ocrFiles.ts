import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { copyFileSync, cpSync, createReadStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_VARIANTS, OCR_ROOT, coreFileName, type OcrFileSet } from '../core/certificate/ocr/ocrFiles';

const VIRTUAL_ID = 'virtual:ocr-files';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/**
 * The language data is served under its plain name though its bytes stay
 * gzip-compressed (1.7 MB instead of 2.5 MB): a host that sees ".gz" may send it
 * with Content-Encoding: gzip, and the browser would unpack it on the way. The
 * engine recognises gzip by its first bytes and unpacks it itself.
 */
const LANGUAGE_FILE = 'chi_sim.traineddata';

/** Each served file's source in node_modules, by its name in the OCR folder. */
function sources(root: string) {
  const require = createRequire(join(root, 'package.json'));
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  const version = (name: string) => (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
  const engine = packageDir('tesseract.js');
  const core = packageDir('tesseract.js-core');
  const data = packageDir('@tesseract.js-data/chi_sim');
  const folder = `${OCR_ROOT}tesseract-${version('tesseract.js')}-core-${version('tesseract.js-core')}-chi_sim-${version('@tesseract.js-data/chi_sim')}/`;
  const files = new Map<string, string>([['worker.min.js', join(engine, 'dist', 'worker.min.js')]]);
  for (const variant of CORE_VARIANTS) {
    for (const extension of ['js', 'wasm'] as const) files.set(coreFileName(variant, extension), join(core, coreFileName(variant, extension)));
  }
  files.set(LANGUAGE_FILE, join(data, '4.0.0_best_int', `${LANGUAGE_FILE}.gz`));
  const cMaps = join(packageDir('pdfjs-dist'), 'cmaps');
  const cMapFolder = `${OCR_ROOT}pdfjs-${version('pdfjs-dist')}-cmaps/`;
  return { folder, files, cMaps, cMapFolder };
}

function fileSet(root: string): OcrFileSet {
  const { folder, files, cMapFolder } = sources(root);
  const file = (name: string) => ({ path: `${folder}${name}`, bytes: statSync(files.get(name) as string).size });
  const cores = Object.fromEntries(
    CORE_VARIANTS.map((variant) => [variant, { script: file(coreFileName(variant, 'js')), wasm: file(coreFileName(variant, 'wasm')) }]),
  ) as OcrFileSet['cores'];
  return { folder, worker: file('worker.min.js'), cores, language: file(LANGUAGE_FILE), cMapFolder };
}

const TYPES: Record<string, string> = { js: 'text/javascript', wasm: 'application/wasm', traineddata: 'application/octet-stream', bcmap: 'application/octet-stream' };

/**
 * Serves the OCR engine from this site: copies tesseract.js's worker, its
 * WebAssembly cores and the chi_sim best_int data into one versioned folder of
 * the build, and gives the app their paths and sizes as `virtual:ocr-files`
 * (the consent message states the download before anything is fetched).
 * The dev server serves the same files from node_modules.
 */
export function ocrFiles(): AstroIntegration {
  let root = '';
  return {
    name: 'xueshibu:ocr-files',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'xueshibu:ocr-files',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? `export default ${JSON.stringify(fileSet(root))};` : undefined),
                configureServer(server: ViteDevServer) {
                  const { folder, files, cMaps, cMapFolder } = sources(root);
                  server.middlewares.use((req, res, next) => {
                    const path = (req.url ?? '').split('?')[0] ?? '';
                    const name = path.slice(path.lastIndexOf('/') + 1);
                    let source = path.startsWith(folder) ? files.get(path.slice(folder.length)) : undefined;
                    if (path === `${cMapFolder}${name}` && /^[\w.-]+\.bcmap$/.test(name)) source = join(cMaps, name);
                    if (!source) return next();
                    res.setHeader('Content-Type', TYPES[source.split('.').pop() ?? ''] ?? 'application/octet-stream');
                    createReadStream(source).pipe(res);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { folder, files, cMaps, cMapFolder } = sources(root);
        const target = join(outDir, folder);
        mkdirSync(target, { recursive: true });
        for (const [name, source] of files) copyFileSync(source, join(target, name));
        cpSync(cMaps, join(outDir, cMapFolder), { recursive: true });
        logger.info(`OCR files copied to ${folder} (${files.size} files), pdf.js character maps to ${cMapFolder}`);
      },
    },
  };
}
