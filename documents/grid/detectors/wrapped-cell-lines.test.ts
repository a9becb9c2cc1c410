import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { spaceRunDetector } from './separated.ts';
import { continuedInColumns, continuedPieces } from './wrapped-cell-lines.ts';

const rowsOf = (lines: readonly string[]): string[][] => spaceRunDetector.readRows(lines).map((row) => rowTexts(row));

describe('continuedPieces', () => {
  const above = [
    { text: '农村寄宿制学校食', start: 22, end: 38 },
    { text: '≥14所', start: 40, end: 45 },
  ];
  const widest = () => 16;
  it.each([
    { case: 'a piece under a full cell continues it', line: [{ text: '堂改造数量', start: 22, end: 32 }], expected: [0] },
    { case: 'a piece under a cell that did not fill its column does not', line: [{ text: '）', start: 40, end: 42 }], expected: null },
    { case: 'a piece under no cell does not', line: [{ text: '备注', start: 60, end: 64 }], expected: null },
    {
      case: 'a line with more pieces than the line above does not',
      line: [
        { text: 'a', start: 22, end: 23 },
        { text: 'b', start: 30, end: 31 },
        { text: 'c', start: 40, end: 41 },
      ],
      expected: null,
    },
  ])('$case', ({ line, expected }) => {
    expect(continuedPieces(line, above, widest)).toEqual(expected);
  });
});

describe('space-run rows of a top-aligned table with wrapped cells', () => {
  it('joins the wrapped rest of a row’s cells (name, values, level words, header word) into the row', () => {
    expect(
      rowsOf([
        '一级指标  二级指标    三级指标          年度指标值  实际完成值  分值  得分  偏差原因分析及改',
        '                                                                            进措施',
        '产出指标  数量指标    农村寄宿制学校食  ≥14所       14所        15    15',
        '                      堂改造数量',
        '          时效指标    改造工程完工时间  2023年8月   2023年8月   10    8     材料到货延迟，下',
        '                                        底前        25日                    年提前采购',
        '满意度指  服务对象满  学生和家长满意度  ≥90%        93.2%       10    10',
        '标        意度指标',
      ]),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '农村寄宿制学校食堂改造数量', '≥14所', '14所', '15', '15'],
      ['', '时效指标', '改造工程完工时间', '2023年8月底前', '2023年8月25日', '10', '8', '材料到货延迟，下年提前采购'],
      ['满意度指标', '服务对象满意度指标', '学生和家长满意度', '≥90%', '93.2%', '10', '10'],
    ]);
  });

  it('keeps a new row under merged cells a row of its own when a piece stands under a cell that did not fill its column', () => {
    expect(
      rowsOf([
        '一级指标  二级指标    三级指标          指标值',
        '产出指标  数量指标    农村寄宿制学校食  ≥14所',
        '                      更新厨房设备      ≥160台',
      ]),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '农村寄宿制学校食', '≥14所'],
      ['', '', '更新厨房设备', '≥160台'],
    ]);
  });

  it('joins a figure’s unit wrapped under it though the figure is narrower than its column’s widest value (a proportional font)', () => {
    expect(
      rowsOf([
        '一级指标  二级指标  三级指标            指标值',
        '产出指标  数量指标  林地巡护面积        ≥150 万',
        '                                        亩',
        '                    护林员补助发放人    ≥2400',
        '                    数                  人',
        '          时效指标  补助发放完成时间    11 月底前',
      ]),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '林地巡护面积', '≥150 万亩'],
      ['', '', '护林员补助发放人数', '≥2400人'],
      ['', '时效指标', '补助发放完成时间', '11 月底前'],
    ]);
  });

  it('keeps a row that writes a name and a whole value a row of its own, though both stand under full cells', () => {
    expect(
      rowsOf([
        '目标二   一级指标   二级指标   三级指标           指标值',
        '         产出指标   数量指标   防汛物资完成数量   持续提升',
        '                               农机惠及户数       健全',
      ]),
    ).toEqual([
      ['目标二', '一级指标', '二级指标', '三级指标', '指标值'],
      ['', '产出指标', '数量指标', '防汛物资完成数量', '持续提升'],
      ['', '', '', '农机惠及户数', '健全'],
    ]);
  });
});

describe('space-run rows of a vertically centred table with wrapped cells', () => {
  it('joins a long cell’s first line above the row’s line, and its last line below, into the row', () => {
    expect(
      rowsOf([
        '一级指标  二级指标    三级指标          年度指标值  实际完成值  分值  得分',
        '                      城乡公交线路运营',
        '产出指标  数量指标    补贴覆盖行政村数  ≥30个       32个        20    20',
        '                      城区公交站亭新建',
        '                      数量              ≥12座       12座        20    18',
        '                      定制公交线路开通',
        '          时效指标    补贴资金拨付完成  ≥95%        96%         10    10',
        '                      及时率',
      ]),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '城乡公交线路运营补贴覆盖行政村数', '≥30个', '32个', '20', '20'],
      ['', '', '城区公交站亭新建数量', '≥12座', '12座', '20', '18'],
      ['', '时效指标', '定制公交线路开通补贴资金拨付完成及时率', '≥95%', '96%', '10', '10'],
    ]);
  });

  it('keeps a row of one short name above a row its own row', () => {
    expect(
      rowsOf([
        '一级指标  二级指标    三级指标          年度指标值  实际完成值  分值  得分',
        '产出指标  数量指标    城乡公交线路运营  ≥30个       32个        20    20',
        '                      站亭数',
        '                      站亭维修数量      ≥12座       12座        20    18',
      ]),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '城乡公交线路运营站亭数', '≥30个', '32个', '20', '20'],
      ['', '', '站亭维修数量', '≥12座', '12座', '20', '18'],
    ]);
  });
});


describe('continuedInColumns', () => {
  // A first line pushed right of the page's columns (starts 0, 10, 22, 40) by an outline number.
  const above = [
    { text: '一、产出指标', start: 0, end: 12 },
    { text: '（一）数量指标', start: 14, end: 28 },
    { text: '乡镇卫生院改造数', start: 30, end: 46 },
    { text: '≥6所', start: 48, end: 52 },
  ];
  const starts = [0, 10, 22, 40, 52];
  const nearest = (position: number): number =>
    starts.reduce((best, start, column) => (Math.abs(start - position) < Math.abs((starts[best] ?? 0) - position) ? column : best), 0);
  const columns = {
    columnOf: (piece: { start: number }) => nearest(piece.start),
    aboveColumns: [0, 1, 2, 3],
    widest: () => 0,
  };
  it.each([
    { case: 'a piece at a column’s start continues the cell placed in that column, though it stands left of it', line: [{ text: '量', start: 22, end: 24 }], expected: [2] },
    { case: 'pieces in two columns continue their two cells', line: [{ text: '标', start: 10, end: 12 }, { text: '量', start: 22, end: 24 }], expected: [1, 2] },
    { case: 'a piece wider than the cell it would continue does not', line: [{ text: '卫生院改造数量和床位数', start: 22, end: 44 }], expected: null },
    { case: 'a piece that opens a value does not', line: [{ text: '≥2所', start: 40, end: 44 }], expected: null },
    { case: 'a piece in a column the line above has no cell in does not', line: [{ text: '说明', start: 60, end: 64 }], expected: null },
  ])('$case', ({ line, expected }) => {
    expect(continuedInColumns(line, above, columns)).toEqual(expected);
  });

  it('refuses a piece under a cell that did not fill its column', () => {
    expect(continuedInColumns([{ text: '量', start: 22, end: 24 }], above, { ...columns, widest: () => 30 })).toBeNull();
  });
});

describe('space-run rows whose first line stands right of the page’s columns', () => {
  it('joins the wrapped rest to the cell of its column, not to the cell pushed over it (an outline number before the levels)', () => {
    expect(
      rowsOf([
        '一级指标  二级指标    三级指标          年度指标值  实际完成值  分值  得分',
        '一、产出指标  （一）数量指标  乡镇卫生院改造数  ≥6所  6所        20    20',
        '                      量',
        '          （二）时效指标  改造工程竣工时间  2024年6月  2024年5月  10    10',
        '                                        底前        28日',
        '二、效益指标  社会效益指  就诊群众平均候诊  ≤30分钟   25分钟      20    20',
        '          标          时长',
      ]),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['一、产出指标', '（一）数量指标', '乡镇卫生院改造数量', '≥6所', '6所', '20', '20'],
      ['', '（二）时效指标', '改造工程竣工时间', '2024年6月底前', '2024年5月28日', '10', '10'],
      ['二、效益指标', '社会效益指标', '就诊群众平均候诊时长', '≤30分钟', '25分钟', '20', '20'],
    ]);
  });
});

describe('space-run rows of a page that made each line a paragraph', () => {
  const header = '一级指标  二级指标    三级指标          年度指标值  实际完成值  分值  得分';
  it('joins a row’s wrapped rest across the one blank line every line has after it', () => {
    expect(
      rowsOf([header, '', '产出指标  数量指标    乡镇卫生院改造数  ≥6所        6所         20    20', '', '                      量', '', '满意度指  服务对象满  就诊群众满意度    ≥90%        93%         10    10', '', '标        意度指标']),
    ).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '乡镇卫生院改造数量', '≥6所', '6所', '20', '20'],
      ['满意度指标', '服务对象满意度指标', '就诊群众满意度', '≥90%', '93%', '10', '10'],
    ]);
  });

  it('keeps a blank line a row’s end where other lines stand next to each other', () => {
    expect(rowsOf([header, '产出指标  数量指标    乡镇卫生院改造数  ≥6所        6所         20    20', '', '                      量'])).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '乡镇卫生院改造数', '≥6所', '6所', '20', '20'],
      ['', '', '量'],
    ]);
  });

  it('ends a row at two blank lines', () => {
    expect(rowsOf([header, '', '产出指标  数量指标    乡镇卫生院改造数  ≥6所        6所         20    20', '', '', '                      量'])).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '乡镇卫生院改造数', '≥6所', '6所', '20', '20'],
      ['', '', '量'],
    ]);
  });
});
