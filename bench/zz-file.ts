import { readFileSync } from 'node:fs';
import { readText } from '../documents/text/read-text.ts';
const text = readFileSync(process.argv[2]!, 'utf8');
const cut = Number(process.argv[3] ?? text.length);
const t = process.cpuUsage(); readText(text.slice(0, cut)); const u = process.cpuUsage(t);
console.log(Math.round((u.user + u.system) / 1000), 'ms', cut);
