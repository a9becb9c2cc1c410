import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readText } from '../documents/text/read-text.ts';
const dir = 'documents/layouts/fixtures';
for (const family of readdirSync(dir).sort()) {
  const file = `${dir}/${family}/source.txt`;
  if (!existsSync(file)) continue;
  const document = readText(readFileSync(file, 'utf8'));
  if (!document?.report) continue;
  console.log(family, '|', document.report.sections.map((s) => s.title).join(' / '));
}
