import { describe, expect, it } from 'vitest';
import { readChineseNumeral, splitReportSections } from './report-sections.ts';

function titlesOf(lines: string[]): string[] {
  return splitReportSections(lines).map((section) => section.title);
}

describe('splitReportSections', () => {
  it('keeps a narrative section whole when it has its own 一、二、 headings inside', () => {
    const lines = [
      '某局2023年度整体支出绩效评价报告',
      '一、部门基本情况',
      '职能。',
      '二、部门整体支出绩效情况',
      '一、勇毅前行的2023年，我们稳中求进',
      '内容。',
      '二、情势逼人的现实现状',
      '三、存在的问题及原因分析',
      '问题。',
    ];
    const sections = splitReportSections(lines);
    expect(sections.map((section) => section.title)).toEqual([
      '部门基本情况',
      '部门整体支出绩效情况',
      '存在的问题及原因分析',
    ]);
    expect(sections[1]?.text).toBe('一、勇毅前行的2023年，我们稳中求进\n内容。\n二、情势逼人的现实现状');
  });

  it('accepts a template heading whose number slipped into Arabic digits (7、 between 六 and 八)', () => {
    const lines = [
      '报告',
      '五、社会保障基金预算支出情况',
      '无。',
      '六、部门整体支出绩效情况',
      '一、小结',
      '7、 存在的问题及原因分析',
      '1、问题一。',
      '八、下一步改进措施',
      '8、 绩效自评结果拟就用和公开情况',
      '公开。',
      '9、 其他需要说明的情况',
      '无。',
    ];
    expect(titlesOf(lines)).toEqual([
      '社会保障基金预算支出情况',
      '部门整体支出绩效情况',
      '存在的问题及原因分析',
      '下一步改进措施',
      '绩效自评结果拟就用和公开情况',
      '其他需要说明的情况',
    ]);
  });

  it.each([
    [
      'a numbered sub-heading far from the sequence',
      [
        '报告',
        '一、部门基本情况',
        '二、一般公共预算支出情况',
        '1、基本支出情况：',
        '（一）基本支出情况：基本支出5万元',
      ],
    ],
    ['a numbered sentence', ['报告', '一、部门基本情况', '2、预算执行情况较好。']],
  ])('does not split at %s', (_name, lines) => {
    expect(titlesOf(lines).length).toBe(lines.filter((line) => /^[一二三四五六七八九]、/.test(line)).length);
  });

  it('gives the text before the first heading a section titled "" and skips the document title', () => {
    const sections = splitReportSections([
      '某局绩效评价报告',
      '',
      '根据要求，现将情况报告如下。',
      '一、部门基本情况',
      '略。',
    ]);
    expect(sections).toEqual([
      { title: '', text: '根据要求，现将情况报告如下。', line: 3 },
      { title: '部门基本情况', text: '略。', line: 4 },
    ]);
  });

  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['零', Number.NaN],
  ])('reads the Chinese numeral %s as %d', (text, value) => {
    expect(readChineseNumeral(text)).toBe(value);
  });
});

describe('splitReportSections of a report numbered one rank down', () => {
  it('takes （一） headings when the report has no 一、 heading (a report that is a part of a page)', () => {
    const lines = ['九、部门整体支出绩效自评报告', '（一）部门基本情况', '职能。', '（二）自评结论', '得分。'];
    expect(titlesOf(lines)).toEqual(['部门基本情况', '自评结论']);
  });

  it('keeps （一） inside a section when the report has 一、 headings', () => {
    const lines = ['某局2023年度整体支出绩效评价报告', '一、部门基本情况', '（一）部门职能', '职能。', '二、存在的问题', '问题。'];
    expect(titlesOf(lines)).toEqual(['部门基本情况', '存在的问题']);
  });
});

describe('splitReportSections with run-in headings', () => {
  it('splits a heading that runs into its first sentence at the colon or full stop', () => {
    const lines = [
      '某局2023年度绩效评价报告',
      '一、部门基本情况：本局内设机构6个。',
      '二、存在的问题。资金拨付缓慢。',
      '三、下一步改进措施',
    ];
    expect(splitReportSections(lines)).toEqual([
      { title: '部门基本情况', text: '本局内设机构6个。', line: 2 },
      { title: '存在的问题', text: '资金拨付缓慢。', line: 3 },
      { title: '下一步改进措施', text: '', line: 4 },
    ]);
  });

  it('does not take a numbered sentence without a template title for a run-in heading', () => {
    const lines = [
      '某局2023年度绩效评价报告',
      '一、部门基本情况',
      '二、我们坚持以人民为中心：全年破案100起。',
    ];
    expect(splitReportSections(lines).map((section) => section.title)).toEqual(['部门基本情况']);
  });
});

describe('splitReportSections with extraction debris', () => {
  it('leaves page numbers out of the section text', () => {
    const lines = [
      '某局2023年度绩效评价报告',
      '一、部门基本情况',
      '第一段。',
      '- 3 -',
      '第3页 共12页',
      '第二段。',
    ];
    expect(splitReportSections(lines)[0]?.text).toBe('第一段。\n第二段。');
  });
});

describe('splitReportSections of a report over several projects', () => {
  it('keeps each project’s numbered parts inside its section, however the template names them', () => {
    const lines = [
      '某县水利局2024年度项目支出绩效自评报告',
      '按照通知要求，我局对两个项目开展了自评。',
      '一、基本情况',
      '我局实施项目2个。',
      '二、各项目自评情况',
      '（一）河道清淤项目',
      '1.项目概况。用于清淤。',
      '2.资金情况。年初预算数为50万元。',
      '3.绩效目标完成情况。完成清淤8公里。',
      '4.自评结论。自评得分92分。',
      '（二）水库巡查项目',
      '1.项目概况。用于巡查。',
      '2.绩效目标完成情况。巡查120次。',
      '三、存在的问题及原因分析',
      '进度偏慢。',
      '四、下一步改进措施',
      '加快进度。',
    ];
    const sections = splitReportSections(lines);
    expect(sections.map((section) => section.title)).toEqual(['', '基本情况', '各项目自评情况', '存在的问题及原因分析', '下一步改进措施']);
    expect(sections[2]?.text).toContain('3.绩效目标完成情况。完成清淤8公里。\n4.自评结论。自评得分92分。');
  });

  it('still takes an Arabic-numbered template heading that follows no list of its section (7、 after 六)', () => {
    const lines = ['报告', '六、部门整体支出绩效情况', '（一）小结', '7、存在的问题及原因分析', '问题。'];
    expect(titlesOf(lines)).toEqual(['部门整体支出绩效情况', '存在的问题及原因分析']);
  });
});

describe('splitReportSections of a report in parts', () => {
  it('takes 第一部分, 第二部分 as the sections and keeps the 一、二、 of each part inside it', () => {
    const lines = [
      '项目支出绩效自评报告',
      '项目名称：乡村道路养护',
      '第一部分 项目基本情况',
      '一、项目概况',
      '养护道路40公里。',
      '二、项目资金安排及使用情况',
      '年初预算数80万元。',
      '第二部分 绩效目标完成情况',
      '一、产出情况',
      '完成养护40公里。',
      '第三部分 自评结论',
      '自评得分90分。',
      '第四部分 存在的问题及改进措施',
      '雨季进度偏慢。',
    ];
    const sections = splitReportSections(lines);
    expect(sections.map((section) => section.title)).toEqual(['', '项目基本情况', '绩效目标完成情况', '自评结论', '存在的问题及改进措施']);
    expect(sections[1]?.text).toBe('一、项目概况\n养护道路40公里。\n二、项目资金安排及使用情况\n年初预算数80万元。');
  });
});

describe('splitReportSections leaves a table inside the report alone', () => {
  it.each([
    ['a numbered row of a score table (its number follows the sections’)', ['报告', '一、项目基本情况', '概况。', '二、绩效评价指标评分', '指标\t分值\t得分', '3.绩效目标合理性\t5\t4', '4.绩效指标明确性\t5\t5', '三、评价结论', '良。']],
    ['a numbered level of an indicator table, one cell per line', ['报告', '一、项目基本情况', '概况。', '二、绩效目标完成情况', '一、产出指标', '数量指标', '三、满意度指标', '服务对象满意度', '三、评价结论', '良。']],
  ])('does not split at %s', (_name, lines) => {
    expect(titlesOf(lines)).toEqual(['项目基本情况', lines[3]?.slice(2), '评价结论']);
  });
});

describe('splitReportSections and the signature', () => {
  it.each([
    ['a unit over a date', ['某县林业局', '2024年3月20日'], '加快支付。'],
    ['a stamped unit over a date', ['某县林业局（盖章）', '2024年3月20日'], '加快支付。'],
    ['a date alone', ['2024-03-20'], '加快支付。'],
    ['no date', ['某县林业局'], '加快支付。\n某县林业局'],
  ])('leaves %s out of the last section', (_name, signature, text) => {
    const sections = splitReportSections(['报告', '一、基本情况', '概况。', '二、下一步改进措施', '加快支付。', ...signature]);
    expect(sections.at(-1)?.text).toBe(text);
  });
});
