// npm run licenses: every production dependency (direct and transitive, from
// package-lock.json) with its version and licence; fails on a licence that is
// not an open-source (OSI) or open-content one. The PDF font's OFL is checked too.
import { existsSync, readFileSync } from 'node:fs';

const OPEN = new Set([
  'MIT', 'MIT-0', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'MPL-2.0', 'BlueOak-1.0.0',
  'Unlicense', 'CC0-1.0', 'Python-2.0', 'Zlib', 'OFL-1.1', 'LGPL-3.0-or-later', 'LGPL-2.1-or-later',
  // Data, not code: browser-support tables (caniuse-lite) are CC-BY-4.0, an open-content licence.
  'CC-BY-4.0',
]);

/** True when an SPDX expression can be satisfied with open licences only (OR: any side; AND: both sides). */
function isOpen(expression) {
  const clean = expression.replace(/[()]/g, ' ').trim();
  return clean.split(/\s+OR\s+/).some((alternative) => alternative.split(/\s+AND\s+/).every((id) => OPEN.has(id.trim())));
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const rows = [];
for (const [path, info] of Object.entries(lock.packages ?? {})) {
  if (path === '' || info.dev || info.devOptional) continue;
  const name = path.replace(/^.*node_modules\//, '');
  let license = info.license;
  if (!license && existsSync(`${path}/package.json`)) license = JSON.parse(readFileSync(`${path}/package.json`, 'utf8')).license;
  // A few packages state their licence only in a LICENSE file.
  if (!license && existsSync(`${path}/LICENSE`) && /^\s*(the )?mit license/i.test(readFileSync(`${path}/LICENSE`, 'utf8'))) license = 'MIT';
  rows.push({ name, version: info.version ?? '', license: typeof license === 'string' ? license : 'UNKNOWN', optional: Boolean(info.optional) });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
const bad = rows.filter((row) => !isOpen(row.license));
const byLicense = new Map();
for (const row of rows) byLicense.set(row.license, (byLicense.get(row.license) ?? 0) + 1);

if (process.argv.includes('--list')) for (const row of rows) console.log(`${row.name}@${row.version}\t${row.license}${row.optional ? '\t(optional)' : ''}`);
console.log(`${rows.length} production packages: ${[...byLicense].map(([license, count]) => `${license} ${count}`).join(', ')}`);

const ofl = existsSync('public/fonts/OFL.txt') && readFileSync('public/fonts/OFL.txt', 'utf8').includes('SIL OPEN FONT LICENSE Version 1.1');
if (!ofl) bad.push({ name: 'public/fonts/NotoSansSC-Regular.ttf', version: '', license: 'OFL.txt missing' });

if (bad.length > 0) {
  console.error(`Not open-source licences:\n  ${bad.map((row) => `${row.name}@${row.version} ${row.license}`).join('\n  ')}`);
  process.exit(1);
}
console.log('All production dependencies are open source; the PDF font ships its OFL licence.');
