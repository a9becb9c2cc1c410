import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

const table = [
  '项目支出绩效运行监控表',
  '（2024年1-6月）',
  '项目名称\t山塘清淤整治',
  '主管部门\t临川县水利局\t实施单位\t临川县水利工程服务站',
  '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t全年预计完成值\t完成目标可能性',
  '产出指标\t数量指标\t清淤山塘数量\t≥30座\t14座\t31座\t确定能',
  '\t工程管护\t清淤工程验收合格率\t=100%\t100%\t100%\t确定能',
  '\t\t淤泥外运合规率\t=100%\t100%\t100%\t确定能',
  '\t成本指标\t单座清淤成本\t≤2万元\t1.8万元\t1.9万元\t确定能',
  '满意度指标\t群众满意度\t周边村民满意度\t≥90%\t未调查\t92%\t有可能',
].join('\n');

const asPipes = (text: string): string =>
  text.split('\n').map((line) => (line.includes('\t') ? `${line.split('\t').join(' | ')} |` : line)).join('\n');
const asOneCellPerLine = (text: string): string =>
  text.split('\n').flatMap((line) => (line.includes('\t') ? line.split('\t').map((cell) => (cell.trim() === '' ? '|' : `${cell} |`)) : [line])).join('\n');

describe('a 二级 outside the vocabulary in a monitoring table', () => {
  it.each([
    ['tabs', table],
    ['pipes', asPipes(table)],
    ['one cell per line', asOneCellPerLine(table)],
  ])('is read as written in %s, and the rows below its merged cell stay under it', (_, text) => {
    const document = readText(text);
    const levels = document ? [...eachIndicator(document)].map(({ indicator }) => `${indicator.level1}/${indicator.level2}/${indicator.name}`) : [];
    expect(levels).toEqual([
      '产出指标/数量指标/清淤山塘数量',
      '产出指标/工程管护/清淤工程验收合格率',
      '产出指标/工程管护/淤泥外运合规率',
      '产出指标/成本指标/单座清淤成本',
      '满意度指标/群众满意度/周边村民满意度',
    ]);
  });
});

describe('a 二级 of the table’s own written again after a row not on track (有可能)', () => {
  const oneLine = [
    '项目支出绩效运行监控表 （2024年1-6月） 项目名称 山塘清淤整治 主管部门 临川县水利局 实施单位 临川县水利工程服务站',
    '一级指标 二级指标 三级指标 年度指标值 1-6月实际完成值 完成目标可能性 偏差原因及改进措施',
    '产出指标 工程任务量 清淤山塘数量 ≥30座 14座 有可能 工程任务量 清淤土方总量 ≥6万立方米 3.1万立方米 确定能',
    '工程管护 验收合格率 =100% 100% 有可能 汛期施工受限 满意度指标 服务对象满意度指标 村民满意度 ≥90% 92% 确定能',
  ].join(' ');

  it('is the next row’s 二级, and a word the table never wrote as a 二级 stays the reason', () => {
    const document = readText(oneLine);
    const rows = document
      ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level2, indicator.name, indicator.monitoring?.explanation ?? ''].join('/'))
      : [];
    expect(rows).toEqual(['工程任务量/清淤山塘数量/', '工程任务量/清淤土方总量/', '工程管护/验收合格率/汛期施工受限', '服务对象满意度指标/村民满意度/']);
  });
});

describe('成本指标 opening a row whose merged 一级 left no trace (runs of spaces, one cell per line)', () => {
  // Found by the round-trip property (JIXIAO_PROPERTY_SEED=1001): a qualitative target after the name made the
  // name look like an unknown 二级 and 成本指标 its 一级, so the row lost its name.
  const spaced = (target: string, actual: string) =>
    [
      '项目支出绩效运行监控表',
      '（2024年1-6月）',
      '项目名称    山塘清淤整治',
      '主管部门    临川县水利局    实施单位    临川县水利工程服务站',
      '一级指标    二级指标    三级指标    年度指标值    1-6月实际完成值    完成目标可能性',
      '产出指标    数量指标    清淤山塘数量    ≥30座    14座    确定能',
      `成本指标    清淤设备验收合格率    ${target}    ${actual}    确定能`,
      '满意度指标    服务对象满意度指标    村民满意度    ≥90%    92%    确定能',
    ].join('\n');
  const rowsOf = (text: string) => {
    const document = readText(text);
    return document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '']) : [];
  };

  it.each([
    ['a qualitative target', '健全', '达成年度指标'],
    ['a figure', '≥2台', '1台'],
  ])('is the 二级 under the 一级 above before a name and %s', (_, target, actual) => {
    expect(rowsOf(spaced(target, actual))).toContainEqual(['产出指标', '成本指标', '清淤设备验收合格率', target]);
  });
});

describe('a 二级 of the table’s own after a row on track, before a qualitative target', () => {
  // Found by the unlisted-level2 property (JIXIAO_PROPERTY_SEED=777): the next row's value had to be a figure.
  const oneLine = [
    '项目支出绩效运行监控表 （2024年1-6月） 项目名称 山塘清淤整治 主管部门 临川县水利局 实施单位 临川县水利工程服务站',
    '一级指标 二级指标 三级指标 年度指标值 1-6月实际完成值 完成目标可能性 偏差原因及改进措施',
    '产出指标 工程任务量 清淤山塘数量 ≥30座 14座 确定能 工程进度 清淤工期安排 按期完成 已完成 确定能',
    '满意度指标 服务对象满意度指标 村民满意度 ≥90% 92% 确定能',
  ].join(' ');

  it('opens the next row as its 二级', () => {
    const document = readText(oneLine);
    const rows = document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level2, indicator.name, indicator.target?.text ?? '', indicator.monitoring?.explanation ?? ''].join('/')) : [];
    expect(rows).toEqual(['工程任务量/清淤山塘数量/≥30座/', '工程进度/清淤工期安排/按期完成/', '服务对象满意度指标/村民满意度/≥90%/']);
  });
});
