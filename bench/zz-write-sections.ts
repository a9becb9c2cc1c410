import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { readText } from '../documents/text/read-text.ts';
import { documentFacts } from '../documents/layouts/facts.ts';
const dir = 'documents/layouts/fixtures';
let n = 0;
for (const family of readdirSync(dir).sort()) {
  const file = `${dir}/${family}/source.txt`;
  if (!existsSync(file)) continue;
  const document = readText(readFileSync(file, 'utf8'));
  if (!document) continue;
  const value = documentFacts(document).get('report.sections');
  if (!value) continue;
  const expectedFile = `${dir}/${family}/expected.json`;
  const json = JSON.parse(readFileSync(expectedFile, 'utf8'));
  if (json.facts['report.sections']) continue;
  json.facts['report.sections'] = value;
  writeFileSync(expectedFile, JSON.stringify(json, null, 2) + '\n');
  n++;
}
console.log(n, 'families');
