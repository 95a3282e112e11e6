// Builds public/fonts/NotoSansSC-Regular.ttf, the font the PDF summary embeds:
// Noto Sans SC Regular (OFL-1.1) cut down to ASCII, Latin-1, general and CJK
// punctuation, fullwidth forms, GB2312 and the 8105 characters of 通用规范汉字表.
// The font package is a 57 MB download, so it is not a project dependency:
//   mkdir -p /tmp/fontwork && (cd /tmp/fontwork && npm i @expo-google-fonts/noto-sans-sc@0.4.3 subset-font@2.9.0)
//   FONT_TOOLS_DIR=/tmp/fontwork node scripts/subsetFont.mjs
// The output is committed with its licence (public/fonts/OFL.txt, the SIL Open Font
// License 1.1 with the font's copyright line); the build checks the font's signature and coverage.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const toolsDir = process.env.FONT_TOOLS_DIR ?? process.cwd();
const require = createRequire(join(toolsDir, 'package.json'));
const subsetFont = require('subset-font');
const fontDir = join(toolsDir, 'node_modules', '@expo-google-fonts', 'noto-sans-sc');

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)).join('');
}

function gb2312() {
  const decoder = new TextDecoder('gbk');
  let chars = '';
  for (let high = 0xa1; high <= 0xf7; high += 1) {
    for (let low = 0xa1; low <= 0xfe; low += 1) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (char !== '\ufffd') chars += char;
    }
  }
  return chars;
}

const tgh = readFileSync('assets/fonts/tgh-8105.txt', 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).join('');
const text = [range(0x20, 0x7e), range(0xa0, 0xff), range(0x2000, 0x206f), range(0x3000, 0x303f), range(0xff00, 0xffef), gb2312(), tgh].join('');
const source = readFileSync(join(fontDir, '400Regular', 'NotoSansSC_400Regular.ttf'));
const subset = await subsetFont(source, text, {
  targetFormat: 'truetype',
  // jsPDF draws glyphs one by one and never shapes text: layout tables and the glyphs
  // reachable only through substitutions (vertical forms, alternates) are dead weight.
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vhea', 'vmtx'],
  noLayoutClosure: true,
  noHinting: true,
});
writeFileSync('public/fonts/NotoSansSC-Regular.ttf', subset);
console.log(`public/fonts/NotoSansSC-Regular.ttf: ${subset.length} bytes for ${new Set(text).size} requested characters`);
