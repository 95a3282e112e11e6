// Renders the app icons (assets/*.svg) to the PNGs the manifest lists, with the
// system Chromium. Run by hand after changing an icon; the PNGs are committed.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromiumPath.mjs';

const ICONS = [
  { source: 'assets/icon.svg', size: 192, out: 'public/icons/icon-192.png' },
  { source: 'assets/icon.svg', size: 512, out: 'public/icons/icon-512.png' },
  { source: 'assets/icon-maskable.svg', size: 512, out: 'public/icons/icon-maskable-512.png' },
  { source: 'assets/icon.svg', size: 180, out: 'public/icons/apple-touch-icon.png' },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const icon of ICONS) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const svg = readFileSync(icon.source, 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`);
  await page.screenshot({ path: icon.out, omitBackground: true });
  await page.close();
  console.log(`${icon.out} (${icon.size}×${icon.size})`);
}
await browser.close();
