import { describe, expect, it } from 'vitest';
import { findSignedUnitBelow, findYear, readHeader, readHeaderWithGaps } from './header.ts';

describe('readHeader', () => {
  it('reads the block layout of a target table (label and value on separate tab lines)', () => {
    const header = readHeader([
      '2023年部门整体支出绩效目标表',
      ' 填报单位：（盖章）',
      '',
      '\t部门名称',
      '\t湘潭县公安局',
    ]);
    expect(header).toMatchObject({ unit: '湘潭县公安局', year: 2023 });
  });

  it('prefers a named unit over a seal placeholder and reads the year in brackets', () => {
    const header = readHeader([
      '部门整体支出绩效自评表',
      '',
      '预算单位：（盖章）（2022 年度）',
      '',
      '预算部门名称\t\t株洲市公安局渌口分局\t\t',
    ]);
    expect(header).toMatchObject({ unit: '株洲市公安局渌口分局', year: 2022 });
  });

  it('reads tab-separated cells of an approval table', () => {
    const header = readHeader([
      '2024年部门整体支出绩效目标批复表',
      '(2024年度)',
      '部门(单位)名称\t\t湟源县公安局\t\t湟源县公安局',
    ]);
    expect(header).toMatchObject({ unit: '湟源县公安局', year: 2024 });
  });

  it('reads project headers written label：value', () => {
    const header = readHeader([
      '项目支出绩效自评表',
      '（2024年度）',
      '项目名称：禁毒宣传',
      '主管部门：某县公安局\t实施单位：某县禁毒办',
    ]);
    expect(header).toEqual({
      unit: null,
      year: 2024,
      project: '禁毒宣传',
      supervisor: '某县公安局',
      implementer: '某县禁毒办',
    });
  });

  it('takes the unit from a report title when no label names it', () => {
    expect(readHeader(['道县公安局2023年度整体支出绩效评价报告']).unit).toBe('道县公安局');
  });

  it('gives nulls for text without a header', () => {
    expect(readHeader(['', '随便一段话'])).toEqual({
      unit: null,
      year: null,
      supervisor: null,
      project: null,
      implementer: null,
    });
  });
});

describe('readHeader on published header layouts', () => {
  it.each([
    [
      'several pairs on one line, split by spaces',
      ['项目支出绩效自评表', '项目名称 城区绿化养护 主管部门 示范县住建局 实施单位 示范县园林所'],
      { project: '城区绿化养护', supervisor: '示范县住建局', implementer: '示范县园林所' },
    ],
    [
      'pairs in cells, one line',
      ['项目支出绩效自评表', '主管部门\t示范县司法局\t实施单位\t示范县法律援助中心'],
      { supervisor: '示范县司法局', implementer: '示范县法律援助中心' },
    ],
    [
      'one cell per line with pipes',
      [
        '部门预算项目支出绩效自评表(2023年度) |',
        '项目名称 |',
        '5100002100000012345-法律援助经费 |',
        '主管部门 |',
        '示范县司法局 |',
        '实施单位 (盖章) |',
        '示范县法律援助中心 |',
      ],
      { project: '法律援助经费', supervisor: '示范县司法局', implementer: '示范县法律援助中心', year: 2023 },
    ],
    [
      'a seal note between label and value',
      ['绩效目标申报表', '填报单位（盖章）：示范镇人民政府'],
      { unit: '示范镇人民政府' },
    ],
    [
      'full-width brackets and colon',
      ['部门（单位）整体绩效目标表', '部门（单位）名称：示范县统计局'],
      { unit: '示范县统计局' },
    ],
    ['spaced label letters', ['绩效自评表', '单 位 名 称：示范县档案馆'], { unit: '示范县档案馆' }],
    [
      'a label followed by another label is left empty',
      ['项目支出绩效自评表', '主管部门\t\t项目负责人\t李某'],
      { supervisor: null },
    ],
    [
      'an amount unit is no unit',
      ['部门整体支出绩效目标表', '单位：万元', '部门名称\t示范县气象局'],
      { unit: '示范县气象局' },
    ],
    [
      '主管部门审核意见 is no supervisor',
      ['项目绩效目标表', '项目名称：示范工程', '主管部门审核意见：同意'],
      { supervisor: null, project: '示范工程' },
    ],
    [
      'a label with its value on the next line (block layout)',
      ['部门整体支出绩效目标表', '\t单位名称', '\t示范县水务局'],
      { unit: '示范县水务局' },
    ],
    [
      'the unit from the title when the label is empty',
      ['示范县农业农村局2024年度项目支出绩效自评表', '填报单位（盖章）：'],
      { unit: '示范县农业农村局', year: 2024 },
    ],
    [
      'the year from a 年度 label',
      ['项目支出绩效目标表', '年度：2025', '项目名称：示范工程'],
      { year: 2025 },
    ],
    [
      'a date is not the year when a year is written',
      ['项目绩效目标表', '填报日期：2025年3月1日', '预算年度 2024年'],
      { year: 2024 },
    ],
  ])('reads %s', (_name, lines, expected) => {
    expect(readHeader(lines)).toMatchObject(expected);
  });

  it('lists a unit label that has no value anywhere', () => {
    const { unanswered } = readHeaderWithGaps([
      '项目支出绩效自评表',
      '项目名称\t示范工程',
      '实施单位：（盖章）',
    ]);
    expect(unanswered).toEqual([{ field: 'implementer', label: '实施单位', line: 3 }]);
  });
});

describe('findYear', () => {
  it.each([
    [['2024年度'], 2024],
    [['（2022 年度）'], 2022],
    [['2023年部门整体支出绩效目标表'], 2023],
    [['无年份'], null],
    // A filing date tells when the form was filled in, not its year: the title's or the 年度 label's year wins, else none.
    [['财政预算支出项目绩效目标自评表', '填报日期：2023年3月15日'], null],
    [['财政预算支出项目绩效目标自评表', '填 报 日 期：2023年3月15日', '项目名称\t村道养护'], null],
    [['项目支出绩效自评表', '单位：万元\t填报时间：2023-03-15'], null],
    [['项目支出绩效评价报告', '报送日期：2023年4月'], null],
    // A form that plans (申报表, 目标表) is filed in or before its year: its filing date is the last resort.
    [['部门整体支出绩效目标申报表', '填报日期:2022 年 1 月 20 日'], 2022],
    [['部门整体支出绩效目标申报表', '填报日期:2022 年 1 月 20 日', '2023年度预算安排'], 2023],
    [['2022年度项目支出绩效自评表', '填报日期：2023年3月15日'], 2022],
    [['项目支出绩效自评表', '填报日期：2023年3月15日', '（2022年度）'], 2022],
    [['项目支出绩效自评表', '填报日期：2023年3月15日', '项目名称\t2022年村道养护'], 2022],
    [['项目支出绩效监控表', '监控时段：截至2023年6月30日'], 2023],
  ])('reads %j as %s', (lines, expected) => {
    expect(findYear(lines)).toBe(expected);
  });
});

describe('labels with a stamp note and fill-in covers', () => {
  it.each([
    [['项 目 名 称：公园养护', '项目单位（印章）：柳岸市园林中心', '主管部门（印章）：柳岸市城管局', '编 报 时 间：2023年11月'], { project: '公园养护', implementer: '柳岸市园林中心', supervisor: '柳岸市城管局' }],
    [['项目单位(印章)\t柳岸市园林中心', '主管部门(印章)\t柳岸市城管局\t编报时间\t2023年11月'], { implementer: '柳岸市园林中心', supervisor: '柳岸市城管局' }],
    [['部门整体支出绩效评价自评报告', '(2023年度)', '部门(单位)全称:青峪市规划局 (公章)', '财政部门审核意见:', '填报日期 2024年 3月12日'], { unit: '青峪市规划局', year: 2023 }],
    [['部门(单位)全称\t青峪市规划局（公章）'], { unit: '青峪市规划局' }],
    // A whole header run together: the unit ends where 自评得分 / 财政审核评分 start.
    [['项目名称城区耗材补助主管部门澄川市教育局实施单位澄川市第四中学自评得分93财政审核评分项目资金（万元）年初预算数'], { implementer: '澄川市第四中学', supervisor: '澄川市教育局' }],
    // The Hubei 市直 目标表 run together: the unit ends where its cost block starts.
    [['项目名称档案库房运行项目类别本级支出项目实施单位柳岸市档案馆项目预算成本构成金额测算(公式)依据2022年实际执行数'], { implementer: '柳岸市档案馆', project: '档案库房运行' }],
    // A form's text with single spaces: the unit runs on into the next block's heading, a table word standing apart.
    [['编制单位(盖章):鹤岭市排水管理处 项目基本情况 项目名称 管网清淤 项目负责人 邵某'], { unit: '鹤岭市排水管理处', project: '管网清淤' }],
    // A PDF's text puts the first line of the next row's label (年度整体 of 年度整体绩效目标) between label and name.
    [['单位名称 年度整体 南屿区档案馆'], { unit: '南屿区档案馆' }],
    // A name broken by a space stays whole: its last word names no place.
    [['单位名称 某县 财政局'], { unit: '某县 财政局' }],
    // A table word inside a name is no end of it.
    [['编制单位(盖章):鹤岭市项目资金管理中心 项目名称 管网清淤'], { unit: '鹤岭市项目资金管理中心' }],
  ] as const)('reads %j', (lines, expected) => {
    expect(readHeader([...lines])).toMatchObject(expected);
  });
});

describe('a fund named by a table\'s title and a unit signed under the table (seventeenth study)', () => {
  it.each([
    // The fund before the kind words is the project; no unit.
    ['冰雪旅游推广专项经费绩效评价表', { project: '冰雪旅游推广专项经费', unit: null }],
    ['冰雪旅游推广专项资金绩效自评表', { project: '冰雪旅游推广专项资金', unit: null }],
    // A unit before the year stays the unit; the fund after it is the project.
    ['白河县文旅局2024年冰雪旅游推广专项资金绩效自评表', { project: '冰雪旅游推广专项资金', unit: '白河县文旅局' }],
    // Generic words before the fund name none.
    ['2023年度县级专项资金绩效目标自评表', { project: null, unit: null }],
    ['财政专项资金绩效自评表', { project: null }],
    // A report's title has its own reading (report-header.ts).
    ['冰雪旅游推广专项资金绩效评价报告', { project: null }],
  ])('%s gives %j', (title, expected) => {
    expect(readHeader([title, '一级指标\t二级指标\t三级指标\t指标值'])).toMatchObject(expected);
  });

  it.each([
    [['填报单位（公章）：白河县文化广电和旅游局　　　单位负责人：韩立新'], '白河县文化广电和旅游局'],
    [['总分\t100\t得分\t96.8', '填报单位：北岭县农业农村局'], '北岭县农业农村局'],
    [['编制单位（盖章）：北岭县水利局\t填报日期：2024年1月5日'], '北岭县水利局'],
    // A note naming the label in a sentence, a seal left empty and a line with no colon name none.
    [['1、填报单位对所填数据的真实性负责。'], null],
    [['填报单位（公章）：'], null],
    [['填报单位 北岭县水利局'], null],
  ])('the signature line %j names %s', (lines, expected) => {
    expect(findSignedUnitBelow(lines)).toBe(expected);
  });
});

describe('a Ningxia 自评表\'s head run together (twentieth study)', () => {
  it('takes the unit before the slash of a label naming two things, and the 市县 主管部门 beside the 自治区 one', () => {
    const header = readHeader([
      '示范项目绩效目标自评表(2023年度)项目总得分96分项目名称示范推广项目项目实施单位/项目负责人某区农技中心/某人自治区主管部门某厅专项实施期2023年4月-2023年10月市县财政部门某区财政局市县主管部门某区农业农村局资金情况(万元)',
    ]);
    expect(header).toMatchObject({ implementer: '某区农技中心', supervisor: '某区农业农村局', project: '示范推广项目', year: 2023 });
  });

  it('keeps a value with a slash under a label naming one thing', () => {
    expect(readHeader(['项目名称\t道路/桥梁维护', '实施单位\t某局']).project).toBe('道路/桥梁维护');
  });
});
