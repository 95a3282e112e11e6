// Node first: Astro 7 and vitest 5 need Node 22.12+, and an older Node fails deep inside them.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`学时簿 needs Node 24 (or 22.12+), not ${process.version}: \`eval "$(npm run -s node24)"\` brings Node 24 from the npm registry into tools/node and puts it first on PATH.`);
  process.exit(1);
}

// The tests use the system's tools and never download any: Chromium for the
// browser tests, poppler's pdftotext for reading the PDFs back. Without them,
// stop with one line saying how to install them instead of a stack trace.
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromiumPath.mjs';

const problems = [];
if (!findChromium()) {
  const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not executable` : '/usr/bin/chromium not found';
  problems.push(`Browser tests need Chromium (${where}): install it with \`apt-get install chromium\` or set CHROME_PATH.`);
}
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  problems.push('PDF tests need pdftotext: install it with `apt-get install poppler-utils`.');
}
try {
  execFileSync('unzip', ['-v'], { stdio: 'ignore' });
} catch {
  problems.push('The 申报材料包 test opens zips with unzip: install it with `apt-get install unzip`.');
}
// The readability checks measure Chinese text as a phone draws it: with a CJK font, not fallback boxes.
let fonts = '';
try {
  fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
} catch {
  // No fontconfig: Chromium has no system fonts to find either.
}
if (fonts.trim() === '') problems.push('Browser tests measure Chinese text and need a Chinese font: install one with `apt-get install fonts-wqy-zenhei`.');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
