import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readText } from '../documents/text/read-text.ts';
const dir = 'documents/layouts/fixtures';
const strip = (t: string) => t.replace(/^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）])\s*/, '').trim();
let same = 0, differ = 0;
for (const family of readdirSync(dir).sort()) {
  const file = `${dir}/${family}/source.txt`;
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const document = readText(text);
  if (!document?.report) continue;
  const read = document.report.sections.map((s) => strip(s.title)).filter((t) => t !== '').join(' / ');
  const naive = text.split('\n').map((l) => /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}[、.．])\s*([^。；：:]{2,30})/.exec(l)?.[1]?.trim()).filter(Boolean).join(' / ');
  if (read === naive) same++; else { differ++; console.log(family, '\n  read: ', read, '\n  naive:', naive); }
}
console.log({ same, differ });
