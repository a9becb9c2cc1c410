/**
 * The hostile set against the in-process server (issue 9): every hostile file through
 * POST /api/documents/import, an 80,000-character 指标值 through the score preview and the finance
 * bureau's summary workbook (written in the worker pool too), while
 * GET /api/health is polled. Prints the worst hostile request time, health p50/p99/max, the longest
 * event-loop stall and the temp entries left. Aims: no request over 1 s of event-loop time,
 * health p99 < 100 ms while the set runs, 0 temp files left.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createEmptyDocument } from '../core/model.ts';
import { createTestApp } from '../server/test-support/create-test-app.ts';
import { buildHostileFiles } from '../test-support/hostile-files.ts';
import { makeRun } from '../test-support/hostile-text.ts';
import type { Measurement } from './measurement.ts';

const healthIntervalMs = 20;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

export async function benchHostile(): Promise<Measurement[]> {
  const temporary = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-hostile-'));
  const originalTemp = process.env.TMPDIR;
  process.env.TMPDIR = temporary;
  const testApp = await createTestApp({ withWorkerPool: true });
  try {
    const { headers } = await testApp.signIn('police-filler');
    const finance = await testApp.signIn('finance');
    const files = buildHostileFiles();
    // Start the worker thread and load the readers there first: start-up is not what is measured.
    await testApp.deps.heavyWork.importFile({ bytes: Buffer.from('预热'), fileName: 'warm-up.txt' }).catch(() => null);
    const entriesBefore = readdirSync(temporary).filter((entry) => !entry.startsWith('tsx-'));

    const health: number[] = [];
    let isRunning = true;
    const poll = (async () => {
      while (isRunning) {
        const started = performance.now();
        const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
        if (response.statusCode === 200) health.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, healthIntervalMs));
      }
    })();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();

    const document = createEmptyDocument('self-evaluation');
    const text = makeRun('.', 80_000);
    document.goals = [{ name: '', indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训', target: { text, operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: null } }] }];
    const requests: Array<{ label: string; method: 'GET' | 'POST'; url: string; payload?: object; headers: Record<string, string> }> = [
      ...files.map((file) => ({ label: file.fileName, method: 'POST' as const, url: '/api/documents/import', payload: { fileName: file.fileName, contentBase64: file.bytes.toString('base64') }, headers })),
      { label: 'preview-score 80,000-character 指标值', method: 'POST', url: '/api/documents/preview-score', payload: { body: document }, headers },
      { label: 'summary workbook (finance)', method: 'GET', url: '/api/reports/summary.xlsx', headers: finance.headers },
    ];
    let worst = { label: '', ms: 0, status: 0 };
    let worstStall = { label: '', ms: 0 };
    const started = performance.now();
    for (const request of requests) {
      loop.reset();
      const requestStarted = performance.now();
      const response = await testApp.app.inject({ method: request.method, url: request.url, headers: request.headers, ...(request.payload ? { payload: request.payload } : {}) });
      const ms = performance.now() - requestStarted;
      if (ms > worst.ms) worst = { label: request.label, ms, status: response.statusCode };
      const stall = loop.max / 1e6;
      if (stall > worstStall.ms) worstStall = { label: request.label, ms: stall };
    }
    const totalMs = performance.now() - started;
    isRunning = false;
    await poll;
    loop.disable();
    const sorted = [...health].sort((a, b) => a - b);
    const tempLeft = readdirSync(temporary).filter((entry) => !entry.startsWith('tsx-') && !entriesBefore.includes(entry)).length;
    return [
      { name: `hostile set (${requests.length} requests) total`, value: Math.round(totalMs), unit: 'ms' },
      { name: `worst hostile request (${worst.label}, ${worst.status})`, value: Math.round(worst.ms), unit: 'ms' },
      { name: `health while the set runs p50 (${sorted.length} polls)`, value: Number(percentile(sorted, 0.5).toFixed(1)), unit: 'ms' },
      { name: 'health while the set runs p99', value: Number(percentile(sorted, 0.99).toFixed(1)), unit: 'ms' },
      { name: 'health while the set runs max', value: Number((sorted.at(-1) ?? 0).toFixed(1)), unit: 'ms' },
      { name: `longest event-loop stall (during ${worstStall.label})`, value: Math.round(worstStall.ms), unit: 'ms' },
      { name: 'temp entries left', value: tempLeft, unit: 'files' },
    ];
  } finally {
    await testApp.close();
    if (originalTemp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = originalTemp;
    rmSync(temporary, { recursive: true, force: true });
  }
}
