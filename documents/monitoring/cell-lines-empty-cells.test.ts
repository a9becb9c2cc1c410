import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

/**
 * An own 项目支出绩效运行监控表 as a Word table's text: one cell per line, an empty line between cells,
 * a cell nobody filled written as a line of one space, merged 一级/二级 cells absent. Whichever of
 * 1-6月完成值, 完成目标可能性 and 偏差原因 are empty, the cells after them keep their columns: the table
 * reads as it does tab-separated. Names and numbers are made up.
 */
interface Row {
  level1: string;
  level2: string;
  name: string;
  target: string;
  progress: string;
  likelihood: string;
  reason: string;
}

const filled: readonly Row[] = [
  { level1: '产出指标', level2: '数量指标', name: '巡查河道里程', target: '≥120公里', progress: '58公里', likelihood: '确定能', reason: '汛期巡查加密' },
  { level1: '产出指标', level2: '数量指标', name: '清理河道垃圾', target: '≥300吨', progress: '140吨', likelihood: '确定能', reason: '进度正常' },
  { level1: '产出指标', level2: '质量指标', name: '巡查问题整改率', target: '≥95%', progress: '93%', likelihood: '有可能', reason: '两处整改待验收' },
  { level1: '效益指标', level2: '生态效益指标', name: '断面水质达标率', target: '100%', progress: '100%', likelihood: '确定能', reason: '按月监测' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '沿河群众满意度', target: '≥90%', progress: '91%', likelihood: '有可能', reason: '调查安排在下半年' },
];

/** Which cells of each row are left empty, by pattern number (bits: progress, likelihood, reason). */
function emptied(pattern: number): Row[] {
  return filled.map((row, index) => {
    const bits = (pattern >> (index % 3)) & 7;
    return { ...row, progress: bits & 1 ? '' : row.progress, likelihood: bits & 2 ? '' : row.likelihood, reason: bits & 4 ? '' : row.reason };
  });
}

const head = ['项目支出绩效运行监控表', '(2024年1-6月)', '项目名称', '河道日常巡查保洁', '主管部门', '桐江县水利局', '实施单位', '桐江县河道管理所'];
const fundsHeader = ['项目资金', '(万元)', '年初预算数', '1-6月执行数', '1-6月执行率', '全年预计执行数'];
const funds = ['年度资金总额', '64', '30.72', '48%', '63.5'];
const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成值', '完成目标可能性', '偏差原因'];

/** Each row's cells, the 一级/二级 written only where they change (merged cells below). */
function rowCells(rows: readonly Row[]): string[][] {
  return rows.map((row, index) => {
    const above = rows[index - 1];
    const level1 = above?.level1 === row.level1 ? '' : row.level1;
    const level2 = level1 === '' && above?.level2 === row.level2 ? '' : row.level2;
    return [level1, level2, row.name, row.target, row.progress, row.likelihood, row.reason];
  });
}

function asTabs(rows: readonly Row[]): string {
  const [title, period, ...labels] = head;
  const pairs = [0, 2, 4].map((index) => `${labels[index]}\t${labels[index + 1]}`);
  const fundsRow = [`${fundsHeader[0]}${fundsHeader[1]}`, ...fundsHeader.slice(2)];
  return [title, period, ...pairs, fundsRow.join('\t'), funds.join('\t'), header.join('\t'), ...rowCells(rows).map((cells) => cells.join('\t'))].join('\n');
}

function asCellLines(rows: readonly Row[]): string {
  const body = rowCells(rows).flatMap((cells, index) => {
    const [level1, level2, ...rest] = cells as [string, string, ...string[]];
    const isMerged1 = level1 === '' && index > 0;
    const isMerged2 = level2 === '' && index > 0;
    return [...(isMerged1 ? [] : [level1]), ...(isMerged2 ? [] : [level2]), ...rest.map((cell) => (cell === '' ? ' ' : cell))];
  });
  return [...head, ...fundsHeader, ...funds, ...header, ...body, '偏差原因分析', '部分指标待下半年统计。'].join('\n\n');
}

function read(text: string) {
  const document = readText(text);
  return document
    ? [...eachIndicator(document)].map(({ indicator }) => [
        indicator.level1,
        indicator.level2,
        indicator.name,
        indicator.target?.text ?? null,
        indicator.monitoring?.actualToDate?.text ?? null,
        indicator.monitoring?.likelihood ?? null,
        indicator.monitoring?.explanation ?? null,
      ])
    : [];
}

describe('a monitoring table one cell per line whose empty cells are lines of one space', () => {
  const likelihoods: Record<string, string> = { 确定能: 'certain', 有可能: 'possible' };
  for (let pattern = 0; pattern < 8; pattern += 1) {
    it(`keeps every cell in its column (pattern ${pattern})`, () => {
      const rows = emptied(pattern);
      const expected = rows.map((row) => [row.level1, row.level2, row.name, row.target, row.progress || null, likelihoods[row.likelihood] ?? null, row.reason || null]);
      expect(read(asTabs(rows))).toEqual(expected);
      expect(read(asCellLines(rows))).toEqual(expected);
    });
  }
});
