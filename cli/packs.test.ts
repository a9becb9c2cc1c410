import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli-test-support.ts';
import { buildPackDocument, standardRows } from '../core/rule-packs/testing.ts';

/** A generated self-evaluation in the exchange format: 产出 20/20, 效益 30, 满意度 10, 80 of 100 spent. */
function writeDocument(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-packs-'));
  const file = path.join(directory, '自评表.json');
  writeFileSync(file, JSON.stringify(buildPackDocument({ executed: '79.99', rows: standardRows({ a: '20', b: '20', c: '30', d: '10' }) })));
  return file;
}

describe('jixiao score --pack and jixiao packs', () => {
  it('scores under the national default without --pack', async () => {
    const { code, out } = await runCli(['score', writeDocument(), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    // 19.2 + 16 + 30 + 10 = 75.2, execution 10 × 79.99% = 8
    expect(result.pack.name).toBe('national');
    expect([result.execution.suggestedScore, result.total.suggestedScore, result.total.suggestedGrade]).toEqual(['8', '83.2', '良']);
    expect(result.execution.formula).toBe('10 × 执行率');
  });

  it('scores the same file by 20 × 执行率 with the execution-linked cap under execution-20', async () => {
    const { code, out } = await runCli(['score', writeDocument(), '--pack', 'execution-20', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect([result.execution.suggestedScore, result.total.suggestedScore, result.total.suggestedGrade]).toEqual(['16', '89', '良']);
    expect(result.execution.formula).toBe('20 × 执行率');
    expect(result.indicators[0].formula).toBe('完成值 96 ÷ 指标值 100 × 权重 20');
  });

  it('prints the pack and each formula for people', async () => {
    const { out } = await runCli(['score', writeDocument(), '--pack', 'execution-20']);
    expect(out).toContain('规则包：预算执行20分、产出与效益各40分（execution-20@1）');
    expect(out).toContain('20 × 执行率');
    expect(out).toContain('总分：');
  });

  it('refuses an unknown pack in Chinese with the known names', async () => {
    const { code, err } = await runCli(['score', writeDocument(), '--pack', 'atlantis']);
    expect(code).toBe(2);
    expect(err).toContain('没有名为“atlantis”的规则包');
    expect(err).toContain('chongqing-coefficient');
  });

  it('lists every pack with its source and changes', async () => {
    const json = JSON.parse((await runCli(['packs', '--json'])).out);
    expect(json.length).toBeGreaterThanOrEqual(5);
    expect(json[0]).toMatchObject({ name: 'national', source: expect.stringContaining('财预〔2020〕10号') });
    for (const pack of json) expect(pack.changes.length).toBeGreaterThan(0);
    const text = (await runCli(['packs'])).out;
    expect(text).toContain('sichuan-60-30');
    expect(text).toContain('来源：');
  });
});
