import { describe, expect, it } from 'vitest';
import { formatDecimal, sumDecimals } from '../../core/decimal.ts';
import { analyseDocument } from '../../core/analyse.ts';
import { documentSchema, type PerformanceDocument } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { readText } from './read-text.ts';

function readReport(text: string): PerformanceDocument {
  const document = readText(text);
  if (!document) throw new Error('not read as a document');
  return document;
}

function listNamed(document: PerformanceDocument, label: string) {
  const list = document.report?.moneyLists.find((candidate) => candidate.label === label);
  if (!list) throw new Error(`no money list ${label}`);
  return list;
}

describe('sample 003, 道县公安局 2023 整体支出绩效评价报告', () => {
  const document = readReport(readSeed('003'));

  it('is a 2023 department evaluation report of 道县公安局 that validates against the model', () => {
    expect(document).toMatchObject({
      kind: 'evaluation-report',
      scope: 'department',
      year: 2023,
      unit: '道县公安局',
    });
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.findings).toEqual([]);
  });

  it('has the top-level sections in the document order, the nested 一、二、三 of 六 inside 六', () => {
    expect(document.report?.sections.map((section) => section.title)).toEqual([
      '部门基本情况',
      '一般公共预算支出情况',
      '政府性基金预算支出情况',
      '国有资本经营预算支出情况',
      '社会保障基金预算支出情况',
      '部门整体支出绩效情况',
      '存在的问题及原因分析',
      '下一步改进措施',
      '绩效自评结果拟就用和公开情况',
      '其他需要说明的情况',
    ]);
    const performance = document.report?.sections[5]?.text ?? '';
    expect(performance).toContain('一、勇毅前行的2023年');
    expect(performance).toContain('三、生机勃勃的2024年');
    expect(performance).not.toContain('bookmark');
  });

  it('lists the 11 政府性基金 items, which add up exactly to 5855.5', () => {
    const fund = listNamed(document, '政府性基金预算支出');
    expect(fund.amount).toBe('5855.5');
    expect(fund.items).toHaveLength(11);
    expect(fund.items[0]).toEqual({ label: '巡辅警经费', amount: '2532.5' });
    expect(fund.items.at(-1)).toEqual({ label: '非税收入返还', amount: '500' });
    expect(fund.items).toContainEqual({ label: '平安电子监控服务费', amount: '1128' });
    expect(formatDecimal(sumDecimals(fund.items.map((item) => item.amount)))).toBe('5855.5');
  });

  it('lists 基本支出 by economic class and 工资福利支出 by item, and neither adds up', () => {
    const basic = listNamed(document, '基本支出');
    expect(basic.amount).toBe('5105.15');
    expect(basic.items.map((item) => item.label)).toEqual([
      '工资福利支出',
      '一般商品及服务支出',
      '资本性支出',
    ]);
    // By hand: 4035.19 + 960.39 + 14 = 5009.58, 95.57 short of 5105.15.
    expect(formatDecimal(sumDecimals(basic.items.map((item) => item.amount)))).toBe('5009.58');

    const wages = listNamed(document, '工资福利支出');
    expect(wages.amount).toBe('4035.19');
    expect(wages.items).toHaveLength(8);
    expect(wages.items).toContainEqual({ label: '养老保险及职业年金单位部分', amount: '500.2' });
    // By hand: 1291.54 + 1095.23 + 480.73 + 218 + 500.2 + 279.82 + 95.61 + 169.55 = 4130.68, 95.49 over.
    expect(formatDecimal(sumDecimals(wages.items.map((item) => item.amount)))).toBe('4130.68');
  });

  it('lists the single-item classes and 项目支出 → 转移支付业务专项经费, which add up', () => {
    expect(listNamed(document, '一般商品及服务支出').items).toEqual([
      { label: '公用经费', amount: '960.39' },
    ]);
    expect(listNamed(document, '资本性支出').items).toEqual([{ label: '办公设备购置', amount: '14' }]);
    expect(listNamed(document, '项目支出')).toMatchObject({
      amount: '678',
      items: [{ label: '转移支付业务专项经费', amount: '678' }],
    });
    expect(document.report?.moneyLists).toHaveLength(6);
  });

  it('gives the checks exactly two budget-sum-mismatch findings, on 基本支出 and 工资福利支出', () => {
    const analysed = analyseDocument(document);
    const mismatches = analysed.findings.filter((finding) => finding.code === 'budget-sum-mismatch');
    const lists = document.report?.moneyLists ?? [];
    const mismatchedLabels = mismatches.map(
      (finding) => lists[Number(finding.path.split('.').at(-1))]?.label,
    );
    expect(mismatchedLabels).toEqual(['基本支出', '工资福利支出']);
  });

  it('fills the budget figures the narrative states, and no others', () => {
    expect(document.budget).toEqual({
      byNature: { basic: '5105.15', project: '678' },
      bySource: { governmentFund: '5855.5' },
    });
  });

  it('takes the 13 duties under 主要职能 as functions, without the staffing lines', () => {
    const duties = document.functions?.split('\n') ?? [];
    expect(duties).toHaveLength(13);
    expect(duties[0]).toMatch(/^1、贯彻执行党和国家/);
    expect(document.functions).not.toMatch(/人员编制/);
  });
});

describe('readEvaluationReport on damaged reports', () => {
  const seed = readSeed('003');

  it('reports a report cut off mid-sentence as truncated, keeping what was read', () => {
    const cut = seed.slice(0, seed.indexOf('非税收入返还'));
    const document = readReport(cut);
    expect(document.findings.map((finding) => finding.code)).toContain('truncated-document');
    expect(document.report?.sections.map((section) => section.title)).toEqual([
      '部门基本情况',
      '一般公共预算支出情况',
      '政府性基金预算支出情况',
    ]);
    expect(listNamed(document, '政府性基金预算支出').items).toHaveLength(10);
  });

  it('reports a report that ends on a heading as truncated', () => {
    const cut = seed.slice(
      0,
      seed.indexOf('四、国有资本经营预算支出情况') + '四、国有资本经营预算支出情况'.length,
    );
    expect(readReport(cut).findings).toContainEqual(
      expect.objectContaining({ code: 'truncated-document', path: 'report' }),
    );
  });

  it('reports a report without any section heading', () => {
    const document = readReport('某局2023年度绩效评价报告\n本年度部门基本情况良好，存在的问题已整改。');
    expect(document.findings.map((finding) => finding.code)).toEqual(['missing-sections']);
    expect(document.report?.sections).toEqual([
      { title: '', text: '本年度部门基本情况良好，存在的问题已整改。' },
    ]);
  });
});

describe('readEvaluationReport headers', () => {
  it.each([
    [
      '道县公安局2023年度整体支出绩效评价报告',
      { scope: 'department', unit: '道县公安局', year: 2023, project: null },
    ],
    [
      '道路监控项目2023年度项目支出绩效评价报告\n实施单位：某县公安局',
      { scope: 'project', unit: '某县公安局', year: 2023, project: '道路监控项目' },
    ],
    [
      '某县公安局2023年度禁毒宣传项目绩效自评报告',
      { scope: 'project', unit: '某县公安局', year: 2023, project: '禁毒宣传项目' },
    ],
    [
      '关于2024年禁毒宣传项目支出绩效评价报告',
      { scope: 'project', unit: '', year: 2024, project: '禁毒宣传项目' },
    ],
  ])('reads %j', (title, expected) => {
    const document = readReport(`${title}\n一、项目基本情况\n略。`);
    expect({
      scope: document.scope,
      unit: document.unit,
      year: document.year,
      project: document.project,
    }).toEqual(expected);
  });
});

describe('readEvaluationReport truncation and closing lines', () => {
  it.each([
    ['the signing unit and date', '\n\n道县公安局\n2024年3月15日\n'],
    ['a page number', '\n- 12 -\n'],
    ['nothing', ''],
  ])('does not take a complete report ending with %s for truncated', (_name, ending) => {
    const document = readReport(`${readSeed('003').trimEnd()}${ending}`);
    expect(document.findings.map((finding) => finding.code)).not.toContain('truncated-document');
  });
});

describe('readEvaluationReport functions', () => {
  it.each([
    [
      'a sub-heading followed by the duties',
      '（一）部门职能\n负责全县治安管理。\n负责户籍管理。\n（二）机构设置\n内设机构6个。',
      '负责全县治安管理。\n负责户籍管理。',
    ],
    [
      'duties run in after the colon',
      '1.主要职能：负责全县治安管理。\n2.人员情况：编制400人。',
      '负责全县治安管理。',
    ],
    ['no 职能 sub-heading', '本局共有民警300人。', null],
  ])('reads %s', (_name, body, functions) => {
    expect(readReport(`某局2023年度整体支出绩效评价报告\n一、部门基本情况\n${body}`).functions).toBe(
      functions,
    );
  });
});
