/**
 * What a published table carries around it when copied from a web page or a signed print: the
 * site's navigation and footer, notes under the table (注：, 填报说明), the signing date, 小计 rows.
 * None of it is an indicator.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { blankPageChrome, splitLines } from './normalize.ts';
import { readText } from './read-text.ts';
import { readIndicatorGrid } from '../grid/read-indicator-table.ts';
import { gridOf } from '../grid/testing.ts';

const targetTable = [
  '2025年项目支出绩效目标表',
  '项目名称\t城区路灯节能改造',
  '主管部门\t临川县城市管理局\t实施单位\t临川县市政设施维护所',
  '年度总体目标\t完成城区路灯节能改造，降低照明能耗。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
  '\t产出指标\t数量指标\t改造路灯数量\t≥1200盏',
  '\t\t质量指标\t改造路灯亮灯率\t≥98%',
  '\t效益指标\t经济效益指标\t年节约电费\t≥36万元',
  '\t满意度指标\t服务对象满意度指标\t市民满意度\t≥90%',
];

function indicatorNames(text: string): string[] {
  const document = readText(text);
  return document ? [...eachIndicator(document)].map(({ indicator }) => indicator.name) : [];
}

const names = ['改造路灯数量', '改造路灯亮灯率', '年节约电费', '市民满意度'];

describe('a published table with the web page around it', () => {
  it.each([
    ['the page footer', ['', '附件下载：', '打印本页 | 关闭窗口', '主办单位：临川县人民政府办公室  ICP备05012345号']],
    ['notes under the table', ['注：1.指标值应当量化；2.本表由项目单位填报。']],
    ['a 填报说明 block', ['填报说明：', '1.一级指标包括产出、效益和满意度指标。']],
    ['the signing date', ['', '2025年1月20日']],
  ])('reads no indicator from %s', (_, tail) => {
    expect(indicatorNames([...targetTable, ...tail].join('\n'))).toEqual(names);
  });

  it('reads the table under the page’s navigation and visit counter', () => {
    const head = ['当前位置：首页 > 政务公开 > 预算绩效', '发布时间：2025-01-21  来源：县财政局  浏览次数：218', '【字体：大 中 小】【打印】'];
    const document = readText([...head, ...targetTable].join('\n'));
    expect(document?.kind).toBe('target-table');
    expect(document?.project).toBe('城区路灯节能改造');
    expect(indicatorNames([...head, ...targetTable].join('\n'))).toEqual(names);
  });
});

describe('blankPageChrome', () => {
  it.each(['首页 > 信息公开 > 预算绩效 > 绩效自评', '网站首页»政务公开»财政预决算', '首页＞部门预算'])('blanks the breadcrumb trail %s', (line) => {
    expect(blankPageChrome(line)).toBe('');
  });

  it('keeps a line that only starts with the word 首页', () => {
    expect(blankPageChrome('首页设计费用已于三月支付')).toBe('首页设计费用已于三月支付');
  });

  it('keeps a line of the document that only mentions a chrome word in a longer sentence', () => {
    const sentence = `本单位已按要求在门户网站公开绩效目标，相关链接见财政局网站预算公开专栏。${'此外，'.repeat(40)}`;
    expect(blankPageChrome(sentence)).toBe(sentence);
  });

  it.each(['附件:', '附件：', ' 附件 ： '])('blanks an empty attachment slot %j', (line) => {
    expect(blankPageChrome(line)).toBe('');
  });

  it.each(['附件：2024年度项目支出绩效目标表', '附件1：部门整体支出绩效自评表', '附件'])('keeps an attachment line that names something %j', (line) => {
    expect(blankPageChrome(line)).toBe(line);
  });

  it('blanks a short footer line', () => {
    expect(blankPageChrome('返回顶部')).toBe('');
  });

  it.each(['- 2 -', '— 12 —', '－3－', '第 2 页 共 3 页', '第2页，共3页', '第2页/共3页', '共3页 第2页', '第 4 页', '2/3', ' 2 / 3 '])(
    'blanks the page number line %j',
    (line) => {
      expect(blankPageChrome(line)).toBe('');
    },
  );

  it.each(['12', '1/2\t≥95%', '≥2/3', '2-3', '第2页附表', '100%'])('keeps %j, which is no page number line', (line) => {
    expect(blankPageChrome(line)).toBe(line);
  });

  it.each(['续表', '（续表）', '续上表', '续表2', '续表                    单位：万元', '\f续表  金额单位：元', '\f第 2 页'])(
    'blanks the mark of a table going on over a page %j',
    (line) => {
      expect(blankPageChrome(line)).toBe('');
    },
  );

  it.each(['续表填报说明见附件', '继续表彰先进', '续表\t≥95%'])('keeps %j, which is no 续表 mark', (line) => {
    expect(blankPageChrome(line)).toBe(line);
  });

  it('drops the form feed pdftotext writes between pages', () => {
    expect(splitLines('\f一级指标  二级指标\n')[0]).toBe('一级指标  二级指标');
  });
});

describe('a table over two pages', () => {
  const pages = [
    ['第 1 页 共 2 页', '第 2 页 共 2 页'],
    ['- 1 -', '- 2 -'],
    ['1/2', '2/2'],
  ];
  const shapes: Array<[string, string]> = [
    ['tabs', '\t'],
    ['runs of spaces', '    '],
  ];
  describe.each(shapes)('in %s', (_, separator) => {
    const table = targetTable.map((line) => line.replace(/\t/g, separator));
    it.each(pages)('reads the same rows with the page numbers %s and %s between and after them', (between, last) => {
      const text = [...table.slice(0, 7), '', between, '', ...table.slice(7), '', last].join('\n');
      expect(indicatorNames(text)).toEqual(names);
    });
  });
});

describe('小计 rows of a self-evaluation read as runs of spaces', () => {
  it('are neither indicators nor shifted rows', () => {
    const text = [
      '项目支出绩效自评表',
      '（2024年度）',
      '项目名称    乡村公厕改造',
      '主管部门    临川县农业农村局    实施单位    临川县乡村建设服务中心',
      '绩效指标    一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分',
      '    产出指标    数量指标    改造公厕数量    ≥20座    21座    50    50',
      '    小计    50    50',
      '    效益指标    社会效益指标    公厕保洁达标率    ≥95%    96%    40    40',
      '    小计    40    40',
      '总分    90    90',
    ].join('\n');
    expect(indicatorNames(text)).toEqual(['改造公厕数量', '公厕保洁达标率']);
  });
});

describe('lines under an indicator grid without 分值/得分 columns', () => {
  it.each([['注：1.指标值应当量化；2.本表由项目单位填报。'], ['2025年1月20日'], ['填报说明：'], ['说明：本表由单位填报']])('ends the table at %j', (tail) => {
    const table = readIndicatorGrid(gridOf([['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '改造路灯数量', '≥1200盏'], [tail]]));
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['改造路灯数量']);
  });
});

describe('a signature line spaced out under a tab-separated table', () => {
  it('reads the same as without it (no space-run reading that loses the empty cells)', () => {
    const source = readFileSync(new URL('../layouts/fixtures/project-target-disclosure-flat-columns/source.txt', import.meta.url), 'utf8');
    const signed = `${source}\n单位负责人：周林    填表人：吴慧    联系电话：0599-5550123\n`;
    const plain = readText(source);
    const withSignature = readText(signed);
    expect(withSignature?.project).toBe(plain?.project);
    expect(withSignature?.budget.total).toBe(plain?.budget.total);
    expect(indicatorNames(signed)).toEqual(indicatorNames(source));
  });
});
