import { readText } from '../documents/text/read-text.ts';
const text = process.argv[2]!.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
const n = Number(process.argv[3]);
const prefix = (process.argv[4] ?? '项目支出绩效目标表\\n').replace(/\\n/g, '\n');
const input = prefix + text.repeat(n);
const t = process.cpuUsage(); readText(input); const u = process.cpuUsage(t);
console.log(Math.round((u.user+u.system)/1000), 'ms', input.length, 'chars');
