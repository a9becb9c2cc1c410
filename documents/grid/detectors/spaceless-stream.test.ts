import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { findHeaderInLine, spacelessStreamDetector, withoutGluedNumbering } from './spaceless-stream.ts';

const selfEvaluation =
  '附件:示范区2025年项目支出绩效自评表项目名称示范区文体设施维护主管部门示范区文体局' +
  '一级指标二级指标三级指标分值年度指标值实际完成值得分偏差原因分析及改进措施' +
  '产出指标(60分)数量指标维护设施点位30≥40个42个30质量指标设施完好率15100%96%12' +
  '时效指标维修响应时间152小时3小时10成本指标维护成本控制0≤12万元11.5万元0' +
  '效益指标(30分)社会效益指标12345热线投诉下降数30≥20%25%30' +
  '满意度指标(10分)服务对象满意度指标群众满意度10≥90%92%10总分10092审核意见:同意';

function indicatorsOf(lines: string[]) {
  const read = readIndicatorGrid(recoverGrid(lines).grid);
  return { read, indicators: read.goals.flatMap((goal) => goal.indicators) };
}

describe('a whole table run together without separators', () => {
  it('finds the header inside the line and the roles it names', () => {
    const found = findHeaderInLine(selfEvaluation);
    expect(found?.roles).toEqual(['level1', 'level2', 'name', 'weight', 'target', 'actual', 'score', 'deviation']);
    expect(selfEvaluation.slice(0, found?.start)).toContain('主管部门示范区文体局');
  });

  it('cuts glued numbers by the columns: 分值, value with unit, 得分 never above its 分值', () => {
    const { read, indicators } = indicatorsOf([selfEvaluation]);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.target?.text, indicator.actual?.text, indicator.score])).toEqual([
      ['产出指标', '数量指标', '维护设施点位', '30', '≥40个', '42个', '30'],
      ['产出指标', '质量指标', '设施完好率', '15', '100%', '96%', '12'],
      ['产出指标', '时效指标', '维修响应时间', '15', '2小时', '3小时', '10'],
      ['产出指标', '成本指标', '维护成本控制', '0', '≤12万元', '11.5万元', '0'],
      ['效益指标', '社会效益指标', '12345热线投诉下降数', '30', '≥20%', '25%', '30'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '10', '≥90%', '92%', '10'],
    ]);
    expect(read.totals).toMatchObject({ weight: '100', score: '92' });
  });

  it('reads a target table whose values are text, and leaves prose after the table to a row of its own', () => {
    const line =
      '项目绩效目标表一级指标二级指标三级指标指标值产出指标数量指标开展巡回演出不少于20场时效指标完成时间11月底前' +
      '效益指标社会效益指标群众文化生活明显改善满意度指标服务对象满意度指标观众满意度≥85%以上说明：本表由项目单位填报后报送主管部门。';
    const rows = spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));
    expect(rows).toContainEqual(['时效指标', '完成时间', '11月底前']);
    expect(rows).toContainEqual(['效益指标', '社会效益指标', '群众文化生活', '明显改善']);
    expect(rows).toContainEqual(['满意度指标', '服务对象满意度指标', '观众满意度', '≥85%以上']);
  });

  it('reads nothing where no header stands in the line', () => {
    expect(spacelessStreamDetector.readRows(['本单位全年完成巡回演出20场，观众满意度达到92%，较上年提高3个百分点。'])).toEqual([]);
  });
});

describe('a 二级 the vocabulary does not know, glued to its name', () => {
  const header = '附件:示范区2025年项目支出绩效目标表项目名称示范区河道巡护主管部门示范区水务局一级指标二级指标三级指标指标值';

  it('is cut where the table writes its levels on every row and the rows’ names part', () => {
    const line =
      header +
      '产出指标巡护任务量河道巡查次数≥120次产出指标巡护任务量水面保洁面积≥36万平方米产出指标巡护质量巡查记录完整率≥95%' +
      '产出指标巡护质量问题整改率=100%效益指标民生保障成效沿河群众受益人数≥1.2万人效益指标民生保障成效河道水质达标率≥90%' +
      '满意度指标服务对象满意度指标沿河群众满意度≥90%';
    const rows = spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));
    expect(rows).toContainEqual(['产出指标', '巡护任务量', '河道巡查次数', '≥120次']);
    expect(rows).toContainEqual(['产出指标', '巡护任务量', '水面保洁面积', '≥36万平方米']);
    expect(rows).toContainEqual(['产出指标', '巡护质量', '问题整改率', '=100%']);
    expect(rows).toContainEqual(['效益指标', '民生保障成效', '河道水质达标率', '≥90%']);
  });

  const readLine = (line: string) => spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));

  it('is cut where it is written once and the group’s later names open with the words after it', () => {
    const rows = readLine(header + '产出指标巡护任务量河道巡查次数≥120次河道保洁面积≥36万平方米效益指标社会效益指标沿河群众受益人数≥1.2万人满意度指标服务对象满意度指标沿河群众满意度≥90%');
    expect(rows).toContainEqual(['产出指标', '巡护任务量', '河道巡查次数', '≥120次']);
    expect(rows).toContainEqual(['河道保洁面积', '≥36万平方米']);
  });

  it('stays in the name where it is written once and nothing tells where it ends', () => {
    const rows = readLine(header + '产出指标巡护任务量河道巡查次数≥120次水面保洁面积≥36万平方米效益指标社会效益指标沿河群众受益人数≥1.2万人满意度指标服务对象满意度指标沿河群众满意度≥90%');
    expect(rows).toContainEqual(['产出指标', '巡护任务量河道巡查次数', '≥120次']);
  });

  it('is cut where it is written once in the 二级 form (a word ending in 指标 right after the 一级)', () => {
    const rows = readLine(header + '产出指标巡护工作量指标河道巡查次数≥120次水面保洁面积≥36万平方米满意度指标服务对象满意度指标沿河群众满意度≥90%');
    expect(rows).toContainEqual(['产出指标', '巡护工作量指标', '河道巡查次数', '≥120次']);
  });

  it('ends where another group’s name opens with the words a group’s names share after it', () => {
    const rows = readLine(
      header +
        '产出指标巡护任务量河道巡查次数≥120次产出指标巡护任务量河道保洁面积≥36万平方米产出指标巡护任务量设备维修台数≥12台' +
        '效益指标民生保障成效河道水质达标率≥90%效益指标民生保障成效沿河群众受益人数≥1.2万人满意度指标服务对象满意度指标沿河群众满意度≥90%',
    );
    expect(rows).toContainEqual(['产出指标', '巡护任务量', '河道巡查次数', '≥120次']);
    expect(rows).toContainEqual(['产出指标', '巡护任务量', '河道保洁面积', '≥36万平方米']);
    expect(rows).toContainEqual(['效益指标', '民生保障成效', '河道水质达标率', '≥90%']);
  });
});

describe('names opening with the same word after written 二级 that end in a 一级 word', () => {
  // 生态效益指标 ends in 效益指标, 服务对象满意度指标 in 满意度指标: neither end is a written 一级, so the names after
  // them are no row starts after a 一级 and their shared opening (河道) no 二级 of the table's own.
  it('keeps the names whole', () => {
    const header = '附件:示范区2025年项目支出绩效目标表项目名称示范区河道巡护主管部门示范区水务局一级指标二级指标三级指标指标值';
    const rows = spacelessStreamDetector
      .readRows([header + '产出指标数量指标保洁人员培训人数≥30人次河道巡查次数≥120次效益指标生态效益指标河道水质达标率≥90%满意度指标服务对象满意度指标河道沿线群众满意度≥90%'])
      .map((row) => rowTexts(row).filter((text) => text !== ''));
    expect(rows).toContainEqual(['河道巡查次数', '≥120次']);
    expect(rows).toContainEqual(['效益指标', '生态效益指标', '河道水质达标率', '≥90%']);
    expect(rows).toContainEqual(['满意度指标', '服务对象满意度指标', '河道沿线群众满意度', '≥90%']);
  });
});

describe('nested 二级 words of a table that writes its levels on every row', () => {
  const header = '附件:示范区2025年项目支出绩效目标表项目名称示范区河道巡护主管部门示范区水务局一级指标二级指标三级指标指标值';
  const readLine = (line: string) => spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));
  const rowsWithThird = (third: string) =>
    readLine(
      header +
        `产出指标工作数量河道巡查次数≥120次产出指标工作数量水面保洁面积≥36万平方米产出指标${third}巡查记录完整率≥95%` +
        '满意度指标服务对象满意度指标沿河群众满意度≥90%',
    );

  it('reads a single row’s 二级 as the sibling a kind word ends (工作质量 beside 工作数量), not as their shared opening', () => {
    const rows = rowsWithThird('工作质量');
    expect(rows).toContainEqual(['产出指标', '工作数量', '河道巡查次数', '≥120次']);
    expect(rows).toContainEqual(['产出指标', '工作质量', '巡查记录完整率', '≥95%']);
  });

  it('leaves a single row’s 二级 in its name where no kind word ends it, rather than cutting the shared opening', () => {
    const rows = rowsWithThird('工作安排');
    expect(rows).toContainEqual(['产出指标', '工作数量', '水面保洁面积', '≥36万平方米']);
    expect(rows).toContainEqual(['产出指标', '工作安排巡查记录完整率', '≥95%']);
    expect(rows.flat()).not.toContain('工作');
  });
});

describe('a 监控表 stream whose 一级 is written once and whose own 二级 opens rows after a likelihood word', () => {
  const head = '2024年1-6月项目支出绩效监控表项目名称示范区河道巡护一级指标二级指标三级指标年度指标值1-6月实际完成值完成目标可能性偏差原因及改进措施';
  const readLine = (line: string) => spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));

  it('cuts the 二级 the rows repeat, right after the likelihood word', () => {
    const rows = readLine(
      head +
        '产出指标巡护任务量河道巡查次数≥120次64次确定能巡护任务量水面保洁面积≥36万平方米20万平方米有可能巡护质量问题整改率=100%100%确定能' +
        '巡护质量巡查记录完整率≥95%96%确定能满意度指标服务对象满意度指标沿河群众满意度≥90%92%确定能',
    );
    expect(rows).toContainEqual(['巡护任务量', '水面保洁面积', '≥36万平方米', '20万平方米', '有可能']);
    expect(rows).toContainEqual(['巡护质量', '问题整改率', '=100%', '100%', '确定能']);
    expect(rows).toContainEqual(['巡护质量', '巡查记录完整率', '≥95%', '96%', '确定能']);
  });

  it('ends a reason where the next row opens with a 二级 another row opens with (a reason glued before it)', () => {
    const rows = readLine(
      head +
        '产出指标巡护任务量河道巡查次数≥120次64次确定能巡护任务量水面保洁面积≥36万平方米20万平方米有可能汛期推迟巡护质量问题整改率=100%100%确定能' +
        '巡护质量巡查记录完整率≥95%96%确定能满意度指标服务对象满意度指标沿河群众满意度≥90%92%确定能',
    );
    expect(rows).toContainEqual(['巡护任务量', '水面保洁面积', '≥36万平方米', '20万平方米', '有可能', '汛期推迟']);
    expect(rows).toContainEqual(['巡护质量', '问题整改率', '=100%', '100%', '确定能']);
    expect(rows).toContainEqual(['巡护质量', '巡查记录完整率', '≥95%', '96%', '确定能']);
  });

  it('takes no 二级 from two characters a reason shares with a row start by chance', () => {
    const rows = readLine(
      head +
        '产出指标数量指标河道巡查次数≥120次64次确定能水面保洁面积≥36万平方米20万平方米有可能汛期巡查推迟巡查记录完整率≥95%96%确定能' +
        '满意度指标服务对象满意度指标沿河群众满意度≥90%92%确定能',
    );
    expect(rows.flat()).not.toContain('巡查');
    expect(rows.flat()).not.toContain('记录完整率');
  });

  it('keeps a row’s name whole when it shares only a shorter opening with another group’s rows', () => {
    const rows = readLine(
      head +
        '产出指标巡护任务量河道巡查次数≥120次64次确定能巡护任务量水面保洁面积≥36万平方米20万平方米有可能' +
        '巡查进度调整巡护质量巡查记录完整率≥95%96%确定能满意度指标服务对象满意度指标沿河群众满意度≥90%92%确定能',
    );
    expect(rows.flat()).not.toContain('巡护');
  });
});

describe('a 监控表 likelihood written with its verb (确定能完成, 有可能完成)', () => {
  it('ends the cell after the whole wording: 完成 is no 偏差原因 and no next name', () => {
    const line =
      '2024年1-6月项目支出绩效监控表项目名称示范区河道巡护一级指标二级指标三级指标年度指标值1-6月实际完成值完成目标可能性偏差原因及改进措施' +
      '产出指标数量指标河道巡查次数≥120次64次确定能完成时效指标巡护完成时间2024年12月底前2024年6月有可能完成汛期巡护加密，调整排班' +
      '满意度指标服务对象满意度指标沿河群众满意度≥90%92%能够完成';
    const rows = spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));
    expect(rows).toContainEqual(['产出指标', '数量指标', '河道巡查次数', '≥120次', '64次', '确定能完成']);
    expect(rows).toContainEqual(['时效指标', '巡护完成时间', '2024年12月底前', '2024年6月', '有可能完成', '汛期巡护加密，调整排班']);
    expect(rows).toContainEqual(['满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥90%', '92%', '能够完成']);
  });
});

describe('a scoring rule column (得分计算方法) between the values and the 得分', () => {
  const header = '项目支出绩效自评表项目名称示范区街巷保洁主管部门示范区街道办事处一级指标二级指标三级指标分值年度指标值全年实际值得分计算方法得分未完成原因分析';
  const rowsOf = (stream: string) => indicatorsOf([header + stream]).indicators.map((indicator) => [indicator.name, indicator.weight, indicator.target?.text, indicator.actual?.text, indicator.score]);

  it.each([
    // The rule ends where it says what is scored ("…记分。") and the 得分 opens.
    ['产出指标(50分)数量指标保洁面积20≥40万平方米41万平方米完成值达到指标值，记满分；未达到按B/A*该指标分值记分。20', ['保洁面积', '20', '≥40万平方米', '41万平方米', '20']],
    // A rule opening with its condition after a text value: the value ends where the rule opens.
    ['效益指标社会效益指标街巷环境卫生15明显改善明显改善达到目标记满分，未达到按差距扣分。15', ['街巷环境卫生', '15', '明显改善', '明显改善', '15']],
    // "建立已建立": the result is the target's words marked as met, not "建" and "立已建立".
    ['效益指标可持续影响指标保洁机制建立15建立已建立达到目标记满分。15', ['保洁机制建立', '15', '建立', '已建立', '15']],
    // A rule with figures of its own, and no ending word: still one cell, and the 得分 after it.
    ['满意度指标服务对象满意度指标居民满意度10≥90%88%按B/A折算。9.5', ['居民满意度', '10', '≥90%', '88%', '9.5']],
  ])('reads %s', (stream, expected) => {
    expect(rowsOf(`${stream}总分100`)[0]).toEqual(expected);
  });

  it('never opens a rule with its consequence: "达到目标|记满分" leaves the condition to the rule', () => {
    const rows = spacelessStreamDetector.readRows([`${header}效益指标社会效益指标检查排名15前五名第三名达到目标记满分，未达到按差距扣分。15总分100`]);
    expect(rows.flatMap((row) => rowTexts(row))).toContain('达到目标记满分，未达到按差距扣分。');
  });
});

describe('a header naming the 一级 right before the name (评价内容 over both levels)', () => {
  const line = '项目年度绩效目标（定量目标）评价内容绩效内容绩效目标值实际完成值累计完成率产出目标数量目标举办展览≥6场7场117%组织讲座≥12次12次100%';

  it('gives the rows a 二级 column after the 一级 and reads the completion rate as its own cell', () => {
    expect(findHeaderInLine(line)?.roles).toEqual(['level1', 'level2', 'name', 'target', 'actual', 'completionRate']);
    const rows = spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));
    expect(rows).toContainEqual(['产出目标', '数量目标', '举办展览', '≥6场', '7场', '117%']);
    expect(rows).toContainEqual(['组织讲座', '≥12次', '12次', '100%']);
  });
});

describe('a name heading that writes the value too, and a 得分 column left unfilled', () => {
  const line =
    '2024年度项目支出绩效自评表项目名称防汛物资储备主管部门柘川县应急管理局' +
    '一级指标二级指标三级指标及指标值分值得分产出指标数量指标储备编织袋数量≥2万条 30 质量指标物资验收合格率=100% 30 ' +
    '效益指标社会效益指标物资调拨响应时间（计算方法为：接令至出库）≤4小时 30 合计100 评价结论储备充足。';

  it('reads each name cell as the name and its value, the 分值 after it, and no 得分', () => {
    expect(findHeaderInLine(line)?.roles).toEqual(['level1', 'level2', 'name', 'weight', 'score']);
    const { read, indicators } = indicatorsOf([line]);
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.weight, indicator.score])).toEqual([
      ['数量指标', '储备编织袋数量', '≥2万条', '30', null],
      ['质量指标', '物资验收合格率', '=100%', '30', null],
      ['社会效益指标', '物资调拨响应时间（计算方法为：接令至出库）', '≤4小时', '30', null],
    ]);
    // The total's digits are the 分值 total, not 10 and 0: no row wrote a 得分.
    expect(read.totals).toMatchObject({ weight: '100', score: null });
  });

  it('still reads written scores where the column is filled', () => {
    const filled = line.replace('≥2万条 30 ', '≥2万条 30 28 ').replace('=100% 30 ', '=100% 30 30 ').replace('≤4小时 30 ', '≤4小时 30 27 ').replace('合计100', '合计10085');
    const { read, indicators } = indicatorsOf([filled]);
    expect(indicators.map((indicator) => [indicator.name, indicator.weight, indicator.score])).toEqual([
      ['储备编织袋数量', '30', '28'],
      ['物资验收合格率', '30', '30'],
      ['物资调拨响应时间（计算方法为：接令至出库）', '30', '27'],
    ]);
    expect(read.totals).toMatchObject({ weight: '100', score: '85' });
  });
});

describe('the template\'s numbering glued before a name in a stream (a Ningxia 自评表)', () => {
  it.each([
    ['after a level word', '数量指标指标1良种推广面积86000亩6000亩8', '数量指标良种推广面积86000亩6000亩8'],
    ['after the row before\'s last figure', '6000亩8指标2示范田面积8300亩300亩8', '6000亩8示范田面积8300亩300亩8'],
    ['after a percentage', '≥90%93%8指标3发芽率', '≥90%93%8发芽率'],
  ])('drops it %s', (_case, stream, expected) => {
    expect(withoutGluedNumbering(stream)).toBe(expected);
  });

  it.each([
    ['with its colon (the placeholder reading takes it)', '数量指标指标1：良种推广面积'],
    ['inside a name', '考核指标体系指标1完成率'],
    ['before a figure', '数量指标指标12'],
  ])('keeps it %s', (_case, stream) => {
    expect(withoutGluedNumbering(stream)).toBe(stream);
  });
});

describe('a Gansu 省级部门预算项目支出绩效目标表 run together (twenty-third study)', () => {
  // 成本指标 as a 一级 of its own over 经济 / 社会 / 生态环境成本指标, a unit "%" after a name before its value, bare change words as values.
  const form =
    '年度绩效目标保障图书馆夜间开放一级指标二级指标三级指标指标目标值产出指标数量指标夜间开放天数=250天质量指标读者服务达标率=100%' +
    '时效指标夜间开放按时率%=98%成本指标经济成本指标开放补助标准=36万元社会成本指标对周边居民影响无生态环境成本指标照明节能改造提升' +
    '效益指标经济效益指标带动夜间消费增加社会效益指标接待读者人数=20000人次生态效益指标阅读理念传播长远满意度指标服务对象满意度读者满意度%=95%';

  it('reads every row: the name keeps its unit mark, a bare change word or 长远 is the value', () => {
    const { indicators } = indicatorsOf([form]);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '数量指标', '夜间开放天数', '=250天'],
      ['产出指标', '质量指标', '读者服务达标率', '=100%'],
      ['产出指标', '时效指标', '夜间开放按时率%', '=98%'],
      ['成本指标', '经济成本指标', '开放补助标准', '=36万元'],
      ['成本指标', '社会成本指标', '对周边居民影响', '无'],
      ['成本指标', '生态环境成本指标', '照明节能改造', '提升'],
      ['效益指标', '经济效益指标', '带动夜间消费', '增加'],
      ['效益指标', '社会效益指标', '接待读者人数', '=20000人次'],
      ['效益指标', '生态效益指标', '阅读理念传播', '长远'],
      ['满意度指标', '服务对象满意度', '读者满意度%', '=95%'],
    ]);
  });

  it.each([
    ['a "%" inside a name', '质量指标合格率%以上达标率=100%'],
    ['a "%" at the name\'s end before no comparison sign', '质量指标合格率%100'],
  ])('never takes a value sign into a name otherwise: %s', (_case, row) => {
    const { indicators } = indicatorsOf([`一级指标二级指标三级指标指标值产出指标数量指标开放天数=250天${row}满意度指标服务对象满意度读者满意度≥95%`]);
    expect(indicators.map((indicator) => indicator.name)).not.toContain('合格率%');
    expect(indicators.map((indicator) => indicator.name)).not.toContain('合格率%以上达标率');
  });
});
