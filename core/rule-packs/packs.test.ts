/**
 * Band-edge tables per pack on a generated self-evaluation: execution score, total after any
 * deduction and cap, and grade, at the rates where each pack's rules change. The expected numbers
 * are worked out by hand in docs/rule-packs/<name>.md.
 */
import { describe, expect, it } from 'vitest';
import { analyseWithPack, getRulePack, policiesOfPack } from './index.ts';
import { buildPackDocument, standardRows, type PackRow } from './testing.ts';
import { gradeOf } from '../scoring/index.ts';

type Row = [executed: string, executionScore: string, total: string, grade: string];

function scoreUnder(packName: string, rows: readonly PackRow[], executed: string) {
  const scored = analyseWithPack(buildPackDocument({ executed, rows }), getRulePack(packName));
  return {
    scored,
    row: [executed, scored.budget.suggestedScore, scored.totals.suggestedScore, scored.totals.suggestedGrade],
  };
}

const nationalRows = standardRows({ a: '25', b: '25', c: '30', d: '10' });

describe('national (财预〔2020〕10号): indicators 24 + 20 + 30 + 10 = 84, execution 10 × 执行率', () => {
  it.each<Row>([
    ['100', '10', '94', '优'],
    ['120', '10', '94', '优'],
    ['60', '6', '90', '优'],
    ['59.94', '5.99', '89.99', '良'],
    ['59.95', '6', '90', '优'],
    ['0', '0', '84', '良'],
  ])('executed %s of 100 → execution %s, total %s, %s', (...expected) => {
    expect(scoreUnder('national', nationalRows, expected[0]).row).toEqual(expected);
  });

  it('records the pack and its version on the scored document', () => {
    expect(scoreUnder('national', nationalRows, '100').scored.rulePack).toBe('national@1');
  });
});

describe('execution-20: indicators 19.2 + 16 + 30 + 10 = 75.2, execution 20 × 执行率, total capped by rate', () => {
  const rows = standardRows({ a: '20', b: '20', c: '30', d: '10' });
  it.each<Row>([
    ['100', '20', '95.2', '优'],
    ['80', '16', '91.2', '优'],
    ['79.99', '16', '89', '良'],
    ['70', '14', '89', '良'],
    ['69.99', '14', '79', '中'],
    ['60', '12', '79', '中'],
    ['59.99', '12', '69', '中'],
    ['50', '10', '69', '中'],
    ['49.99', '10', '59', '差'],
  ])('executed %s of 100 → execution %s, total %s, %s', (...expected) => {
    expect(scoreUnder('execution-20', rows, expected[0]).row).toEqual(expected);
  });

  it('counts 满意度 within 效益 40: no weight finding for 效益 30 + 满意度 10', () => {
    const { scored } = scoreUnder('execution-20', rows, '100');
    expect(scored.findings.filter((finding) => finding.code === 'weight-sum-mismatch')).toEqual([]);
  });
});

describe('sichuan-60-30: indicators 28.8 + 24 + 20 + 10 = 82.8, 效益 30 includes 满意度', () => {
  const rows = standardRows({ a: '30', b: '30', c: '20', d: '10' });
  it.each<Row>([
    ['100', '10', '92.8', '优'],
    ['72', '7.2', '90', '优'],
    ['71.99', '7.2', '90', '优'],
    ['71.94', '7.19', '89.99', '良'],
  ])('executed %s of 100 → execution %s, total %s, %s', (...expected) => {
    expect(scoreUnder('sichuan-60-30', rows, expected[0]).row).toEqual(expected);
  });

  it('accepts 产出 60 / 效益 20 + 满意度 10 and refuses the national 50/30/10 split', () => {
    const sichuan = scoreUnder('sichuan-60-30', rows, '100').scored;
    expect(sichuan.findings.filter((finding) => finding.code === 'weight-sum-mismatch')).toEqual([]);
    const national = scoreUnder('national', rows, '100').scored;
    expect(national.findings.filter((finding) => finding.code === 'weight-sum-mismatch').length).toBeGreaterThan(0);
  });
});

describe('chongqing-coefficient: 得分系数 × 权重, rows without a coefficient by the rules', () => {
  const rows: PackRow[] = standardRows({ a: '25', b: '25', c: '30', d: '10' }).map((row, index) => ({
    ...row,
    scoreCoefficient: ['95', '0.8', undefined, '100'][index],
  }));
  it.each<Row>([
    // 23.75 + 20 + 30 (rules) + 10 = 83.75
    ['100', '10', '93.75', '优'],
    ['62.5', '6.25', '90', '优'],
    ['62.49', '6.25', '90', '优'],
    ['62.44', '6.24', '89.99', '良'],
  ])('executed %s of 100 → execution %s, total %s, %s', (...expected) => {
    expect(scoreUnder('chongqing-coefficient', rows, expected[0]).row).toEqual(expected);
  });

  it('ignores 得分系数 under the national pack', () => {
    expect(scoreUnder('national', rows, '100').row[2]).toBe('94');
  });
});

describe('grades-80-70-60: one decimal, 2 points off per indicator at ≥ 130% of target', () => {
  const rows: PackRow[] = [
    ...standardRows({ a: '25', b: '25', c: '30', d: '10' }).slice(0, 2),
    { level1: '效益指标', name: '宣传覆盖人次', target: '≥100人次', actual: '130人次', weight: '30' },
    { level1: '满意度指标', name: '群众满意度', target: '≥90%', actual: '92%', weight: '10' },
  ];
  it.each<Row>([
    // 24 + 20 + 30 + 10 = 84, less 2 for 130 of ≥100
    ['100', '10', '92', '优'],
    ['0', '0', '82', '优'],
    ['59.94', '6', '88', '优'],
    ['59.44', '5.9', '87.9', '优'],
  ])('executed %s of 100 → execution %s, total %s, %s', (...expected) => {
    expect(scoreUnder('grades-80-70-60', rows, expected[0]).row).toEqual(expected);
  });

  it('deducts nothing at 129.99% of target', () => {
    const below = rows.map((row) => (row.name === '宣传覆盖人次' ? { ...row, actual: '129.99人次' } : row));
    expect(scoreUnder('grades-80-70-60', below, '100').row[2]).toBe('94');
  });

  it.each([
    ['80', '优'],
    ['79.9', '良'],
    ['70', '良'],
    ['69.9', '中'],
    ['60', '中'],
    ['59.9', '差'],
  ])('grades %s as %s', (total, grade) => {
    expect(gradeOf(total, policiesOfPack(getRulePack('grades-80-70-60')).scoring)).toBe(grade);
  });
});
