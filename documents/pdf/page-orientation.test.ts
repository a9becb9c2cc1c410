import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { importFile } from '../import-file.ts';
import { baselineTurns, turnPoint, turnRulingLines, uprightTurns, type QuarterTurns } from './page-orientation.ts';

/** A text item's transform for a run of size 12 whose baseline runs `turns` quarter turns counter-clockwise from rightwards, at (e, f). */
function runTurned(turns: QuarterTurns, e = 100, f = 200): number[] {
  const [cos, sin] = [[1, 0], [0, 1], [-1, 0], [0, -1]][turns] as [number, number];
  return [12 * cos, 12 * sin, -12 * sin, 12 * cos, e, f];
}

describe('the direction a text run goes', () => {
  it.each([
    [0, 'rightwards'],
    [1, 'upwards (a landscape table turned counter-clockwise onto a portrait page)'],
    [2, 'leftwards (a page upside down)'],
    [3, 'downwards (turned clockwise)'],
  ] as const)('gives %i quarter turns for a run going %s', (turns, _direction) => {
    expect(baselineTurns(runTurned(turns))).toBe(turns);
  });

  it('rounds a slightly skewed run to its nearest quarter turn (a scan straightened by hand, italics)', () => {
    expect(baselineTurns([12, 0.8, 0.5, 12, 0, 0])).toBe(0);
    expect(baselineTurns([0.6, 12, -12, 0.6, 0, 0])).toBe(1);
  });
});

describe('how far a page is turned to be read', () => {
  const run = (str: string, turns: QuarterTurns) => ({ str, transform: runTurned(turns) });

  it.each([0, 1, 2, 3] as const)('turns a page whose text all goes %i quarter turns round', (turns) => {
    expect(uprightTurns([run('项目支出绩效自评表', turns), run('产出指标', turns)])).toBe(turns);
  });

  it('counts characters, not runs: a column head set sideways does not turn a page of upright text', () => {
    expect(uprightTurns([run('分', 1), run('值', 1), run('得', 1), run('分', 1), run('项目支出绩效自评表', 0)])).toBe(0);
  });

  it('leaves a page with no text (a scan) as it is', () => {
    expect(uprightTurns([])).toBe(0);
    expect(uprightTurns([run('  ', 1)])).toBe(0);
  });
});

describe('turning a page upright', () => {
  it.each([0, 1, 2, 3] as const)('makes a run going %i quarter turns round go rightwards, and keeps two lines apart in reading order', (turns) => {
    // Two runs of one table, the second a line below the first once read: 20 points further along the line's normal.
    const [along, normal] = [[[1, 0], [0, -1]], [[0, 1], [1, 0]], [[-1, 0], [0, 1]], [[0, -1], [-1, 0]]][turns] as [[number, number], [number, number]];
    const start: [number, number] = [300, 400];
    const second: [number, number] = [start[0] + 20 * normal[0], start[1] + 20 * normal[1]];
    const later: [number, number] = [start[0] + 50 * along[0], start[1] + 50 * along[1]];
    const [sx, sy] = turnPoint(...start, turns);
    const [nx, ny] = turnPoint(...second, turns);
    const [lx, ly] = turnPoint(...later, turns);
    expect([nx - sx, ny - sy]).toEqual([0, -20]);
    expect([lx - sx, ly - sy]).toEqual([50, 0]);
  });

  it('turns ruling lines with the text: a sideways page’s horizontal lines are its column borders', () => {
    const rulings = { horizontal: [{ y: 100, left: 10, right: 500 }], vertical: [{ x: 40, bottom: 100, top: 700 }] };
    expect(turnRulingLines(rulings, 0)).toBe(rulings);
    expect(turnRulingLines(rulings, 1)).toEqual({
      horizontal: [{ y: -40, left: 100, right: 700 }],
      vertical: [{ x: 100, bottom: -500, top: -10 }],
    });
    expect(turnRulingLines(rulings, 2)).toEqual({
      horizontal: [{ y: -100, left: -500, right: -10 }],
      vertical: [{ x: -40, bottom: -700, top: -100 }],
    });
  });
});

describe('a real PDF whose table is drawn sideways', () => {
  // Made by scripts/make-sideways-pdf-fixture.ts: our own 自评表 printed by Chromium turned a quarter turn on a portrait
  // page, the page then given /Rotate 90 as a viewer does when someone turns it upright.
  const bytes = readFileSync(new URL('./fixtures/sideways-self-evaluation.pdf', import.meta.url));

  it('reads the table as it reads upright: unit, project, funds and every indicator', async () => {
    const document = analyseDocument(await importFile({ fileName: '自评表.pdf', bytes }));
    expect(document.kind).toBe('self-evaluation');
    expect([document.unit, document.project, document.year]).toEqual(['青禾县公安局', '警用车辆更新', 2024]);
    expect([document.budget.initial, document.budget.executed, document.budget.executionRate]).toEqual(['200.00', '196.00', '98']);
    const indicators = document.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text, indicator.weight, indicator.score])).toEqual([
      ['巡逻车辆更新数', '≥12辆', '12辆', '20', '20'],
      ['车辆验收合格率', '100%', '100%', '15', '15'],
      ['采购完成时间', '≤9月', '8月', '15', '15'],
      ['接警到场平均时间', '≤15分钟', '13分钟', '20', '20'],
      ['群众满意度', '≥90%', '93%', '20', '18'],
    ]);
    expect(document.totals.score).toBe('97.8');
  });
});
