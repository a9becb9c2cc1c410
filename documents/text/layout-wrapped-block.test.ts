/**
 * The rows above and under a wrapped table (documents/text/layout-wrapped-block.ts): a tab dump written as
 * pdftotext -layout writes a LibreOffice table (variation/converter-edits.ts), then joined back.
 */
import { describe, expect, it } from 'vitest';
import { withLayoutWrappedCells } from '../layouts/variation/converter-edits.ts';
import { joinLayoutWrappedRows } from './layout-wrapped-rows.ts';
import { splitLinesWithSources } from './normalize.ts';

const INDICATORS = [
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t新建村级文化广场个数\t≥12个\t12个\t20\t20\t',
  '\t质量指标\t文化广场验收合格率\t=100%\t100%\t20\t20\t',
  '满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t92%\t10\t10\t',
];

/** The tab rows (cells, empty places kept) the joined text gives for the lines before the indicator header. */
function rowsAbove(above: string[]): string[][] {
  const joined = joinLayoutWrappedRows(withLayoutWrappedCells([...above, ...INDICATORS].join('\n')).split('\n'));
  const header = joined.findIndex((line) => line.startsWith('一级指标\t'));
  return joined.slice(0, header).filter((line) => line.trim() !== '').map((line) => line.split('\t').filter((cell) => cell !== ''));
}

describe('the rows above a wrapped table', () => {
  const cases: Array<{ name: string; above: string[]; rows: string[][] }> = [
    {
      name: 'a label and its figure wrapped after the colon, beside a one-line cell (each on its own row)',
      above: [
        '部门名称\t\t青漪县文化馆和非物质文化遗产保护中心',
        '\t按收入性质分：\t\t按支出性质分：',
        '\t其中：一般公共预算：812.60\t\t其中：基本支出：506.30',
        '\t政府性基金拨款：64.00\t\t项目支出：370.30',
      ],
      rows: [
        ['部门名称', '青漪县文化馆和非物质文化遗产保护中心'],
        ['按收入性质分：', '按支出性质分：'],
        ['其中：一般公共预算：812.60', '其中：基本支出：506.30'],
        ['政府性基金拨款：64.00', '项目支出：370.30'],
      ],
    },
    {
      name: 'a long unit name wrapped in the last column, the funds’ column words and figures under it',
      above: [
        '主管部门\t青漪县文化和旅游局\t\t资金使用单位\t青漪县非物质文化遗产保护中心',
        '资金情况（万元）\t\t全年预算数（A）\t全年执行数（B）\t执行率（B/A）',
        '\t年度资金总额\t240.00\t228.00\t95.00%',
      ],
      rows: [
        ['主管部门', '青漪县文化和旅游局', '资金使用单位', '青漪县非物质文化遗产保护中心'],
        ['资金情况（万元）', '全年预算数（A）', '全年执行数（B）', '执行率（B/A）'],
        ['年度资金总额', '240.00', '228.00', '95.00%'],
      ],
    },
    {
      name: 'values wrapped under a row of column words (the column words stay a row of their own)',
      above: ['年度总体目标\t年初目标\t\t全年实际完成情况', '\t建成村级文化广场12个，开展送戏下乡演出60场。\t\t建成12个，演出64场。'],
      rows: [
        ['年度总体目标', '年初目标', '全年实际完成情况'],
        ['建成村级文化广场12个，开展送戏下乡演出60场。', '建成12个，演出64场。'],
      ],
    },
    {
      // (2026-12-07, readers-41: amounts with their unit written in each cell.)
      name: 'amounts written with their unit stacked in a column (each on its own row)',
      above: ['项目资金\t年度资金总额\t150.00万元', '\t其中：财政拨款\t120.00万元', '\t其他资金\t30.00万元'],
      rows: [
        ['项目资金', '年度资金总额', '150.00万元'],
        ['其中：财政拨款', '120.00万元'],
        ['其他资金', '30.00万元'],
      ],
    },
    {
      // (2026-12-07, readers-41: a 决算 page's prose above the table, a blank line under its paragraph "…见下表。".)
      name: 'a unit’s name wrapped above the header under a page’s prose (the prose no row of the table)',
      above: [
        '一、部门职责',
        '负责全县群众文化活动的组织和指导。',
        '',
        '十三、预算绩效情况说明',
        '（三）项目支出绩效自评情况见下表。',
        '',
        '表13',
        '项目支出绩效目标表',
        '单位名称：青漪县非物质文化遗产保护中心\t金额单位：万元',
      ],
      rows: [
        ['一、部门职责'],
        ['负责全县群众文化活动的组织和指导。'],
        ['十三、预算绩效情况说明'],
        ['（三）项目支出绩效自评情况见下表。'],
        ['表13'],
        ['项目支出绩效目标表'],
        ['单位名称：青漪县非物质文化遗产保护中心', '金额单位：万元'],
      ],
    },
  ];
  for (const { name, above, rows } of cases) {
    it(`joins each cell on its row: ${name}`, () => {
      expect(rowsAbove(above)).toEqual(rows);
    });
  }
});

describe('a goal line cut short inside its wrapped cell (2026-12-07, readers-39)', () => {
  // A spreadsheet cell's line break written as its escape (_x000D_): the PDF wraps the escape's characters, normalising drops
  // them, so that line ends short of its column and the sentence's last line stands under it at its start.
  const above = [
    '部门名称\t\t临渡县民政局',
    '年度_x000D_总体目标\t预期目标\t\t实际完成情况',
    '\t保障城乡低保对象基本生活，完成特困人员集中供养和_x000D_养老服务站点建设。\t\t低保金按月足额发放，集中供养218人。',
  ];

  it('keeps the sentence’s last line in the goal', () => {
    const { lines } = splitLinesWithSources(withLayoutWrappedCells([...above, ...INDICATORS].join('\n')));
    const joined = joinLayoutWrappedRows(lines);
    const header = joined.findIndex((line) => line.startsWith('一级指标\t'));
    const rows = joined.slice(0, header).filter((line) => line.trim() !== '').map((line) => line.split('\t').filter((cell) => cell !== ''));
    expect(rows.at(-1)).toEqual(['保障城乡低保对象基本生活，完成特困人员集中供养和养老服务站点建设。', '低保金按月足额发放，集中供养218人。']);
  });
});

describe('an amount whose unit wrapped under it (2026-12-07, readers-41)', () => {
  // A column too narrow for "1024.65万元" wraps its unit under the figure, the figure's line above the row's middle line.
  const above = [
    '按收入性质分          金额         按支出性质分  金额',
    '                                                 1024.65',
    '一般公共预算          1380.20万元  基本支出',
    '                                                 万元',
    '政府性基金拨款        96.00        项目支出      451.55',
  ];

  it('joins the unit to its figure, on the figure’s row', () => {
    const wrapped = withLayoutWrappedCells(['绩效目标表', ...INDICATORS].join('\n')).split('\n');
    const joined = joinLayoutWrappedRows([wrapped[0] as string, ...above, ...wrapped.slice(1)]);
    const rows = joined.slice(1, 1 + above.length).filter((line) => line.trim() !== '').map((line) => line.split('\t').filter((cell) => cell !== ''));
    expect(rows).toEqual([
      ['按收入性质分', '金额', '按支出性质分', '金额'],
      ['一般公共预算', '1380.20万元', '基本支出', '1024.65万元'],
      ['政府性基金拨款', '96.00', '项目支出', '451.55'],
    ]);
  });
});
