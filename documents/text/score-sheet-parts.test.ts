/**
 * A 自评表 with a score sheet of parts over items (项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据) and then a
 * goal's indicator table whose first column is 项目权重 too (a Hubei county's 财政预算支出项目绩效目标自评表, sixteenth study):
 * as tabs, as docx2txt writes a Word table, one cell per line (pdftotext without -layout) and in PDF layout mode, it
 * reads the same. Units, names and numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { withCellPerLine, withDocx2txtCells, withLayoutWrappedCells } from '../layouts/variation/converter-edits.ts';
import { joinTabLedRows } from './tab-led-rows.ts';
import { readText } from './read-text.ts';
import { recoverFundRows } from './fund-rows.ts';

const sheet = [
  '青禾市财政预算支出项目绩效目标自评表',
  '项目名称\t乡村学校校车运营补助项目\t项目主管单位\t青禾市教育局\t自评总分：94',
  '项目实施单位\t青禾市学生资助中心\t项目负责人\t林晓',
  '项目资金来源\t中央（万元）\t省、地（万元）\t本级（万元）\t其他（万元）\t合计（万元）\t执行数（万元）\t执行率',
  '\t\t\t180\t\t180\t171\t95%',
  '项目权重\t评价内容\t分值\t自评分\t复核分\t评价标准及依据',
  '项目决策2分\t立项依据\t2\t2\t\t有项目年度工作计划或上级主管部门文件依据的计2分，没有的不得分。',
  '项目管理13分\t资金核算\t5\t5\t\t校车安全管理制度2分；驾驶员管理制度2分；有制度执行记录1分。',
  '\t过程监控\t8\t7\t\t按时填报监控表计8分，逾期扣1分。',
  '项目年度目标1：保障校车安全运营',
  '项目权重\t一级指标\t二级指标\t指标名称（三级指标）\t年初指标值\t年终完成值\t自评分\t复核分\t评价标准',
  '项目绩效85分\t产出指标40分\t数量指标20分\t运营校车数量\t12辆\t12辆\t20\t\t',
  '\t\t质量指标20分\t校车安全事故起数\t0起\t0起\t20\t\t',
  '\t效益指标30分\t社会效益指标30分\t学生上学平均用时\t≤40分钟\t35分钟\t30\t\t',
  '\t满意度指标15分\t服务对象满意度指标15分\t学生家长满意度\t≥90%\t92%\t14\t\t',
  '单位领导审签：\t\t填报人：陈平',
].join('\n');

type Row = [string, string, string | null, string | null, string | null];

/** Each indicator as [level1, name, target, weight, score]. */
function readIndicators(text: string): Row[] {
  const document = readText(text);
  return [...eachIndicator(document ?? { goals: [] })].map(({ indicator }) => [indicator.level1, indicator.name, indicator.target?.text ?? null, indicator.weight ?? null, indicator.score ?? null]);
}

describe('a score sheet of parts over items, then a goal’s table headed 项目权重 too', () => {
  // (The sheet's own signature line under the table, 单位领导审签： … 填报人：, is no target's rest.)
  const expected: Row[] = [
    ['决策', '立项依据', null, '2', '2'],
    ['过程', '资金核算', null, '5', '5'],
    ['过程', '过程监控', null, '8', '7'],
    ['产出指标', '运营校车数量', '12辆', null, '20'],
    ['产出指标', '校车安全事故起数', '0起', null, '20'],
    ['效益指标', '学生上学平均用时', '≤40分钟', null, '30'],
    ['满意度指标', '学生家长满意度', '≥90%', null, '14'],
  ];

  it.each([
    ['tabs', (text: string) => text],
    ['docx2txt (a goal’s heading between the two tables is no cell’s rest)', withDocx2txtCells],
    ['one cell per line (项目权重 first: a part column, no name’s first word)', withCellPerLine],
    ['PDF layout mode (the rules wrapped beside the items)', withLayoutWrappedCells],
  ])('reads both tables from %s', (_form, edit) => {
    expect(readIndicators(edit(sheet))).toEqual(expected);
  });

  it('reads the funds row one cell per line under the run of 合计 / 执行数 / 执行率, the sources left out', () => {
    const budget = readText(withCellPerLine(sheet))?.budget;
    expect([budget?.total, budget?.executed, budget?.executionRate]).toEqual(['180', '171', '95']);
  });
});

describe('joinTabLedRows and a line between two tables', () => {
  it.each([
    ['a goal’s heading', '项目年度目标1：保障校车安全运营'],
    ['a numbered heading', '二、绩效指标完成情况'],
  ])('joins the rows around %s', (_case, between) => {
    const lines = ['\t名称', '\t校车补助', '', '\t分值', '\t2', '', between, '\t一级指标', '\t三级指标', '', '\t产出指标', '\t运营校车数量', ''];
    const joined = joinTabLedRows(lines);
    expect(joined[0]).toBe('名称\t校车补助');
    expect(joined[6]).toBe(between);
    expect(joined[7]).toBe('一级指标\t三级指标');
  });
});

describe('recoverFundRows: values one per line under a run of column labels', () => {
  const tests = { isColumnLabel: (cell: string) => /合计|执行数|执行率|预算数/.test(cell), isRowLabel: (cell: string) => /资金总额/.test(cell) };
  const rows = (cells: string[]) => cells.map((cell, index) => ({ line: index + 1, cells: [cell], cellLines: [index + 1] }));

  it.each<[string, string[], string[]]>([
    ['more values than the run, ending with a rate: the run’s are the last', ['中央', '本级', '合计', '执行数', '执行率', '180', '180', '171', '95%'], ['', '180', '171', '95%']],
    ['more values than the header has words (the rows after it had no label of the vocabulary): as they come', ['资金情况', '合计', '执行数', '执行率', '1260', '1184', '94%', '1000', '952', '95.2%'], ['', '1260', '1184', '94%']],
    ['as many values as the run: as they come', ['合计', '执行数', '执行率', '180', '171', '95%'], ['', '180', '171', '95%']],
    ['a labelled row with more values, the last no rate (an empty 原因 after the run): as they come', ['年初预算数', '合计', '执行数', '资金总额', '150', '180', '171', '/'], ['资金总额', '150', '180', '171']],
  ])('%s', (_case, cells, expected) => {
    expect(recoverFundRows(rows(cells), tests)[1]?.cells.slice(0, 4)).toEqual(expected);
  });
});
