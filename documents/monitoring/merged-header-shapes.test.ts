/**
 * Monitoring tables in shapes the round-trip property (documents/layouts) found the reader missing:
 * the levels on the lower of two header rows, a 序号 column, 成本指标 as 产出指标's 二级 written
 * beside its 一级 or alone, and one cell per line with a blank 偏差原因 that left no line. Our own
 * names and numbers.
 */
import { describe, expect, it } from 'vitest';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

const head = ['项目支出绩效运行监控表', '（2024年度）', '项目名称\t河堤巡护保障', '主管部门\t青石县水利局\t实施单位\t青石县河道管理站'];
const funds = ['项目资金（万元）\t\t年初预算数\t1-6月执行数\t全年预计执行数', '\t年度资金总额\t86.50\t40.00\t86.00'];

function read(lines: string[]): PerformanceDocument {
  const document = readText(lines.join('\n'));
  if (!document) throw new Error('not read');
  return document;
}

function rows(document: PerformanceDocument) {
  return [...eachIndicator(document)].map(({ indicator }) => [
    indicator.level1,
    indicator.level2,
    indicator.name,
    indicator.target?.text ?? null,
    indicator.monitoring?.actualToDate?.text ?? null,
    indicator.monitoring?.likelihood ?? null,
  ]);
}

const expected = [
  ['产出指标', '数量指标', '巡护河段长度', '≥42公里', '20公里', 'certain'],
  ['产出指标', '成本指标', '巡护成本控制', '≤86.5万元', '40万元', 'possible'],
  ['效益指标', '社会效益指标', '汛期险情处置', '及时', '达成年度指标', 'certain'],
];

describe('monitoring indicator headers and rows', () => {
  it('reads the columns named above when the levels are named on the lower header row', () => {
    const document = read([
      ...head,
      ...funds,
      '绩效指标\t\t\t年度指标值\t1-6月完成值\t完成目标可能性\t偏差原因分析',
      '一级指标\t二级指标\t三级指标\t\t\t\t',
      '产出指标\t数量指标\t巡护河段长度\t≥42公里\t20公里\t确定能\t',
      '\t成本指标\t巡护成本控制\t≤86.5万元\t40万元\t有可能\t',
      '效益指标\t社会效益指标\t汛期险情处置\t及时\t达成年度指标\t确定能\t',
    ]);
    expect(rows(document)).toEqual(expected);
  });

  it('reads a two-row header with a 序号 merged down beside it', () => {
    const document = read([
      ...head,
      ...funds,
      '序号\t绩效指标\t\t\t年度指标值\t1-6月完成值\t完成目标可能性\t偏差原因分析',
      '\t一级指标\t二级指标\t三级指标\t\t\t\t',
      '1\t产出指标\t数量指标\t巡护河段长度\t≥42公里\t20公里\t确定能\t',
      '2\t\t成本指标\t巡护成本控制\t≤86.5万元\t40万元\t有可能\t',
      '3\t效益指标\t社会效益指标\t汛期险情处置\t及时\t达成年度指标\t确定能\t',
    ]);
    expect(rows(document)).toEqual(expected);
  });

  it('leaves a 序号 column out and keeps 成本指标 under the 一级 written beside it', () => {
    const document = read([
      ...head,
      ...funds,
      '序号\t一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t完成目标可能性\t偏差原因分析',
      '1\t产出指标\t数量指标\t巡护河段长度\t≥42公里\t20公里\t确定能\t',
      '2\t产出指标\t成本指标\t巡护成本控制\t≤86.5万元\t40万元\t有可能\t',
      '3\t效益指标\t社会效益指标\t汛期险情处置\t及时\t达成年度指标\t确定能\t',
    ]);
    expect(rows(document)).toEqual(expected);
  });

  it('reads one cell per line where blank 一级 and 偏差原因 left no line', () => {
    const cells = [
      '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成值', '完成目标可能性', '偏差原因分析',
      '产出指标', '数量指标', '巡护河段长度', '≥42公里', '20公里', '确定能',
      '成本指标', '巡护成本控制', '≤86.5万元', '40万元', '有可能',
      '效益指标', '社会效益指标', '汛期险情处置', '及时', '达成年度指标', '确定能',
    ];
    const document = read([...head, ...funds, ...cells]);
    expect(rows(document)).toEqual(expected);
  });

  it('knows the column wordings the other table readers know', () => {
    const document = read([
      ...head,
      ...funds,
      '一级指标\t二级指标\t指标名称\t年度目标值\t1-6月实际完成情况\t全年目标完成可能性\t原因分析',
      '产出指标\t数量指标\t巡护河段长度\t≥42公里\t20公里\t确定能\t',
      '\t成本指标\t巡护成本控制\t≤86.5万元\t40万元\t有可能\t',
      '效益指标\t社会效益指标\t汛期险情处置\t及时\t达成年度指标\t确定能\t',
    ]);
    expect(rows(document)).toEqual(expected);
  });

  it('still takes a 偏差原因 written one cell per line', () => {
    const cells = [
      '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成值', '完成目标可能性', '偏差原因分析',
      '产出指标', '数量指标', '巡护河段长度', '≥42公里', '20公里', '确定能', '汛期提前开工',
      '巡护记录完整率', '=100%', '100%', '确定能',
    ];
    const document = read([...head, ...funds, ...cells]);
    const [first, second] = [...eachIndicator(document)].map(({ indicator }) => indicator);
    expect(first?.monitoring?.explanation).toBe('汛期提前开工');
    expect(second?.name).toBe('巡护记录完整率');
    expect(second?.monitoring?.likelihood).toBe('certain');
  });
});
