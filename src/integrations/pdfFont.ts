import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isGlyfTrueType, readCmapCodePoints } from '../core/pdf/fontCoverage';
import { missingRequiredCharacters, parseCharacterList } from '../core/pdf/fontCharset';

export const PDF_FONT_PATH = 'public/fonts/NotoSansSC-Regular.ttf';

/**
 * Refuses to build with a PDF font jsPDF would silently fail on (not glyf
 * TrueType) or one that lacks any of the required characters.
 */
export function pdfFontCheck(): AstroIntegration {
  return {
    name: 'xueshibu:pdf-font',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const font = new Uint8Array(readFileSync(`${root}/${PDF_FONT_PATH}`));
        if (!isGlyfTrueType(font)) throw new Error(`${PDF_FONT_PATH} is not a glyf TrueType font (signature 00 01 00 00): jsPDF would print no Chinese`);
        readFileSync(`${root}/public/fonts/OFL.txt`);
        const listed = parseCharacterList(readFileSync(`${root}/assets/fonts/tgh-8105.txt`, 'utf8'));
        const missing = missingRequiredCharacters(readCmapCodePoints(font), listed);
        if (missing.length > 0) throw new Error(`${PDF_FONT_PATH} lacks ${missing.length} required characters, e.g. ${missing.slice(0, 20).join('')}`);
        logger.info(`PDF font checked: glyf TrueType, covers ${listed.length} + ASCII characters`);
      },
    },
  };
}
