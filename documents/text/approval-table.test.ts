import { describe, expect, it } from 'vitest';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { readApprovalTable } from './approval-table.ts';
import { splitLines } from './normalize.ts';
import { readText } from './read-text.ts';

function readSample002(): PerformanceDocument {
  const document = readText(readSeed('002'));
  if (!document) throw new Error('sample 002 was not recognised');
  return document;
}

function indicators(document: PerformanceDocument) {
  return Array.from(eachIndicator(document), ({ indicator }) => indicator);
}

/** The seed's lines, for checking that a read indicator really comes from the line it names. */
const seedLines = splitLines(readSeed('002'));

describe('sample 002, the 2024 approval table of 湟源县公安局', () => {
  const document = readSample002();
  const all = indicators(document);

  it('is a department approval table for 2024 of 湟源县公安局', () => {
    expect(document).toMatchObject({ kind: 'approval-table', scope: 'department', year: 2024, unit: '湟源县公安局' });
  });

  it('reads 部门职能概述 and 年度整体绩效目标', () => {
    expect(document.functions).toMatch(/^根据国家公安工作的法律、政策和部署/);
    expect(document.overallGoal).toMatch(/^1、履行公安机关职责/);
  });

  it('has 14 goals named 职能N：名称 in order', () => {
    expect(document.goals).toHaveLength(14);
    expect(document.goals.map((goal) => /^职能(\d+)：/.exec(goal.name)?.[1])).toEqual(
      Array.from({ length: 14 }, (_, index) => String(index + 1)),
    );
    expect(document.goals[0]?.name).toBe('职能1：安保执勤');
    expect(document.goals[10]?.name).toBe('职能11：湟源县公安局刑事科学技术室设备租赁服务项目');
  });

  it('takes every indicator name and target text from the line it points to', () => {
    for (const indicator of all) {
      const line = seedLines[(indicator.line ?? 0) - 1] ?? '';
      expect(line.replace(/\s/g, '')).toContain(indicator.name.replace(/\s/g, ''));
      if (indicator.target) expect(line.replace(/\s/g, '')).toContain(indicator.target.text.replace(/\s/g, ''));
    }
  });

  it('places shifted rows by what their cells are', () => {
    const byLine = new Map(all.map((indicator) => [indicator.line, indicator]));
    expect(byLine.get(22)).toMatchObject({ level1: '产出指标', level2: '时效指标', name: '村警基本生活保障率', target: { text: '≥50%' } });
    expect(byLine.get(48)).toMatchObject({ level1: '产出指标', level2: '时效指标', name: '辅警体检及时率', target: { text: '≥90%' } });
    expect(byLine.get(43)).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标', name: '辅警满意度' });
    expect(byLine.get(92)).toMatchObject({ level1: '产出指标', level2: '质量指标', name: '招投标规范性' });
    expect(byLine.get(122)).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标', target: { operator: '>=', value: '90', unit: '%' } });
  });

  it('gives target null to every indicator whose value is missing, and nothing else', () => {
    const missing = all.filter((indicator) => indicator.target === null).map((indicator) => [indicator.line, indicator.name]);
    expect(missing).toEqual([
      [40, '服装配发及时率'],
      [41, '辅警整体形象水平全面提高率'],
      [56, '系统故障修复处理时间'],
      [86, '专项经费执行率'],
      [90, '设备租赁数量'],
    ]);
  });

  it('reports each shifted row and the debris it could not place, with lines', () => {
    const unparsed = document.findings.filter((finding) => finding.code === 'unparsed-line').map((finding) => finding.line);
    expect(unparsed).toEqual([50, 98]);
    const shifted = document.findings.filter((finding) => finding.code === 'shifted-row');
    expect(shifted.map((finding) => finding.line)).toContain(22);
    expect(shifted.every((finding) => finding.severity === 'warning' && /请核对原表/.test(finding.message))).toBe(true);
    expect(all.some((indicator) => indicator.name === '双项目标' || indicator.target?.text === '指标')).toBe(false);
  });
});

describe('approval tables with shifted cells', () => {
  const heading = '2024年部门整体支出绩效目标批复表\n部门(单位)名称\t\t某县公安局\n\t一级指标\t二级指标\t三级指标\t指标值\n';

  function read(rows: string): PerformanceDocument {
    return readApprovalTable(splitLines(heading + rows), 'department');
  }

  it('reads a 二级 in the 一级 column as 二级 and implies its 一级', () => {
    const document = read('职能1: 安保\t产出指标\t数量指标\t次数\t≥1次\n\t效益指标\t社会效益指标\t好转\t≥12个月\n\t时效指标\t响应及时率\t≥90%\t\n');
    expect(indicators(document).at(-1)).toMatchObject({ level1: '产出指标', level2: '时效指标', name: '响应及时率', target: { text: '≥90%' } });
    expect(document.findings).toEqual([expect.objectContaining({ code: 'shifted-row', line: 6 })]);
  });

  it('keeps a name found in the value column with target null, never a made-up value', () => {
    const document = read('职能1: 安保\t产出指标\t数量指标\t\t辅警整体形象水平提高率\n');
    expect(indicators(document)).toEqual([expect.objectContaining({ name: '辅警整体形象水平提高率', target: null })]);
  });

  it('reports a value with no name as unparsed', () => {
    const document = read('职能1: 安保\t产出指标\t数量指标\t次数\t≥1次\n\t\t\t\t1套\n');
    expect(indicators(document)).toHaveLength(1);
    expect(document.findings).toEqual([expect.objectContaining({ code: 'unparsed-line', line: 5 })]);
  });
});
