import { writeFileSync } from 'node:fs';
import { readText } from '../documents/text/read-text.ts';
import { repeatedWords } from './repeated-words.bench.ts';
const extra = ['\t', '\n', ' ', '|', '\n', ' ', '万元', '100', '95.5', '≥', '%', '：', '（一）', '1、', '一、', '目标一', '合计', '其中：'];
const pieces = [...repeatedWords, ...extra];
const titles = ['项目支出绩效目标表', '项目支出绩效自评表', '项目绩效运行监控表', '项目支出绩效评价报告', '部门整体支出绩效自评表', '绩效目标批复表'];
let seed = Number(process.argv[2] ?? 1);
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const size = Number(process.argv[3] ?? 100000);
const runs = Number(process.argv[4] ?? 20);
for (let run = 0; run < runs; run++) {
  // A small vocabulary per run, so words repeat in structure (the quadratic cases are repetitions).
  const vocabulary = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]!);
  const separators = Array.from({ length: 1 + Math.floor(random() * 2) }, () => ['\n', ' ', '\t', '|', ''][Math.floor(random() * 5)]!);
  const title = titles[Math.floor(random() * titles.length)]!;
  let text = title + '\n';
  while (text.length < size) text += vocabulary[Math.floor(random() * vocabulary.length)]! + separators[Math.floor(random() * separators.length)]!;
  const started = process.cpuUsage();
  readText(text);
  const used = process.cpuUsage(started);
  const ms = Math.round((used.user + used.system) / 1000);
  if (ms > 1500) { console.log(ms, 'ms', run, JSON.stringify({ title, vocabulary, separators })); writeFileSync(`/tmp/slow-${process.argv[2]}-${run}.txt`, text); }
}
console.log('done');
