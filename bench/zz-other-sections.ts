import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readFixtureFacts, listFamilies } from '../documents/layouts/run-fixtures.ts';
const dir = 'documents/layouts/fixtures';
for (const family of listFamilies(dir)) {
  const files = readdirSync(`${dir}/${family}`).filter((f) => f.startsWith('source.') && f !== 'source.txt' && f !== 'source.html');
  if (existsSync(`${dir}/${family}/source.txt`) || files.length === 0) continue;
  const fileName = files[0]!;
  const { facts } = await readFixtureFacts({ fileName: `${family}${fileName.slice(6)}`, bytes: readFileSync(`${dir}/${family}/${fileName}`) });
  if (facts.get('report.sections')) console.log(family, fileName, '|', facts.get('report.sections'));
}
