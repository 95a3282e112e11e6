// Writes assets/fonts/tgh-8105.txt: the 8105 characters of 通用规范汉字表 (2013),
// read from the Unihan field kTGH in Debian's unicode-data package
// (apt-get install unicode-data). Run by hand; the output is committed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const source = '/usr/share/unicode/Unihan_OtherMappings.txt.bz2';
const text = execFileSync('bzcat', [source], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const entries = [];
for (const line of text.split('\n')) {
  const [code = '', field, value = ''] = line.split('\t');
  if (field !== 'kTGH' || !code.startsWith('U+')) continue;
  // kTGH values look like "2013:1234"; the number is the character's position in the table.
  const position = Number(value.split(':')[1]);
  entries.push({ position, char: String.fromCodePoint(Number.parseInt(code.slice(2), 16)) });
}
entries.sort((a, b) => a.position - b.position);
if (entries.length !== 8105) throw new Error(`expected 8105 kTGH characters, found ${entries.length}`);
const header = '# 通用规范汉字表 (2013), 8105 characters in table order, from Unihan kTGH (Unicode 15.0, Debian unicode-data).\n';
writeFileSync('assets/fonts/tgh-8105.txt', `${header}${entries.map((entry) => entry.char).join('')}\n`);
console.log(`assets/fonts/tgh-8105.txt: ${entries.length} characters`);
