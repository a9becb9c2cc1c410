import { readText } from '../documents/text/read-text.ts';
const which = process.argv[2];
const n = Number(process.argv[3] ?? 2000);
const inputs: Record<string, string> = {
  spaceLine: '项目支出绩效目标表\n项目名称 甲\n' + '年度目标 绩效目标 '.repeat(n) + '\n一级指标 二级指标 三级指标 指标值',
  lines: '项目支出绩效目标表\n' + '年度目标\n'.repeat(n),
  linesTab: '项目支出绩效目标表\n' + '年度目标\t\n'.repeat(n),
};
const t = process.cpuUsage();
readText(inputs[which]!);
const u = process.cpuUsage(t);
console.log(which, n, Math.round((u.user + u.system) / 1000), 'ms');
