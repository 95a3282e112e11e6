import { findChromium } from './chromiumPath.mjs';

// Browser tests use the system Chromium and never download one; say plainly how to get it.
if (!findChromium()) {
  const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not executable` : '/usr/bin/chromium not found';
  console.error(`Browser tests need Chromium (${where}): install it with \`apt-get install chromium\` or set CHROME_PATH.`);
  process.exit(1);
}
