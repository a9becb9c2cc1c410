/**
 * Saving every table of a file of several: one request per table (the review screen's 全部导入为草稿 before web-38,
 * each carrying the whole file) against one POST /api/import-review/save-tables (the file once). In process, SQLite,
 * the in-process heavy work (as the route tests); prints the request bytes sent and the wall time of each way.
 * `npx tsx bench/import-save-tables.ts [tables] [rows per table]`
 */
import { performance } from 'node:perf_hooks';
import { createTestApp } from '../server/test-support/create-test-app.ts';

const tableCount = Number(process.argv[2] ?? 10);
const rowsPerTable = Number(process.argv[3] ?? 40);

function buildFile(prefix: string): { fileName: string; contentBase64: string } {
  const lines: string[] = [];
  for (let table = 0; table < tableCount; table++) {
    lines.push('项目支出绩效自评表', '（2023年度）', `项目名称\t${prefix}项目${table + 1}`, '主管部门\t示范县公安局\t实施单位\t示范县公安局');
    lines.push('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分');
    for (let row = 0; row < rowsPerTable; row++) lines.push(`产出指标\t数量指标\t巡逻次数${row + 1}\t≥10次\t12次\t2\t2`);
    lines.push(`总分\t\t\t\t\t${rowsPerTable * 2}\t${rowsPerTable * 2}`);
  }
  return { fileName: `${prefix}.txt`, contentBase64: Buffer.from(lines.join('\n')).toString('base64') };
}

const testApp = await createTestApp({ dialect: 'sqlite' });
const { headers } = await testApp.signIn('police-filler');
const post = (url: string, payload: Record<string, unknown>) => testApp.app.inject({ method: 'POST', url, headers, payload });

// Warm the readers and the analysis once.
await post('/api/import-review/save', { ...buildFile('预热'), corrections: { table: 0 } });

const single = buildFile('逐张');
let singleBytes = 0;
let started = performance.now();
for (let table = 0; table < tableCount; table++) {
  const payload = { ...single, corrections: { table } };
  singleBytes += JSON.stringify(payload).length;
  const response = await post('/api/import-review/save', payload);
  if (response.statusCode !== 201) throw new Error(`table ${table}: ${response.statusCode} ${response.body}`);
}
const singleMs = performance.now() - started;

const batch = buildFile('一次');
const payload = { ...batch, tables: Array.from({ length: tableCount }, (_, table) => ({ table })) };
started = performance.now();
const response = await post('/api/import-review/save-tables', payload);
const batchMs = performance.now() - started;
const saved = (response.json() as { outcomes: Array<{ status: string }> }).outcomes.filter((outcome) => outcome.status === 'saved').length;
if (saved !== tableCount) throw new Error(`saved ${saved} of ${tableCount}: ${response.body.slice(0, 300)}`);

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${tableCount} tables of ${rowsPerTable} rows (file ${kib(Buffer.from(single.contentBase64, 'base64').length)})`);
console.log(`one request per table: ${tableCount} requests, ${kib(singleBytes)} sent, ${singleMs.toFixed(0)} ms`);
console.log(`save-tables:           1 request,  ${kib(JSON.stringify(payload).length)} sent, ${batchMs.toFixed(0)} ms`);
await testApp.close();
