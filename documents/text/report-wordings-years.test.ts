/**
 * Reports over several years (docs/layouts.md "Fourth round"): kept under the range's last year, the
 * range beside it in `report.yearRange`, and a notice (report-several-years). Rows through the import path.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../import-file.ts';
import { describeWordingRows, type WordingRow } from '../../test-support/report-wordings.ts';

const BODY = ['项目累计安排资金1200万元，累计支出1150万元。'];
const NOTICE = { 'finding[report-several-years]': 'yes' };

/** The same project report titled with each way of writing 2021 to 2023. */
const titledRanges: WordingRow[] = [
  '2021-2023',
  '2021—2023',
  '2021至2023',
  '2021年—2023年',
  '2021~2023',
  '2021年度至2023年度',
  '二〇二一至二〇二三',
  '二〇二一年—二〇二三年',
].map((range) => ({
  wording: `a title over ${range}年: the last year`,
  title: `青禾县水利局${range}${/年度?$/.test(range) ? '' : '年度'}河道治理项目绩效评价报告`,
  body: BODY,
  facts: { year: '2023', unit: '青禾县水利局', project: '河道治理', 'budget.executed': '1150', ...NOTICE },
}));

const statedPeriods: WordingRow[] = [
  {
    wording: 'a title without a year, the period in a sentence (对2021—2023年…开展了绩效评价)',
    title: '青禾县河道治理项目绩效评价报告',
    body: ['受青禾县财政局委托，我所对2021—2023年河道治理项目资金开展了绩效评价。', ...BODY],
    facts: { year: '2023', ...NOTICE },
  },
  {
    wording: 'the period as a label with dates (评价期间为2021年1月1日至2023年12月31日)',
    title: '青禾县河道治理项目三年绩效评价报告',
    body: ['本次评价期间为2021年1月1日至2023年12月31日。', ...BODY],
    facts: { year: '2023', ...NOTICE },
  },
  {
    wording: 'a title of the last year, the period in a sentence (三年 evaluation)',
    title: '青禾县水利局2023年度河道治理项目绩效评价报告',
    body: ['按照要求，对2021年至2023年三年河道治理项目实施情况进行了综合评价。', ...BODY],
    facts: { year: '2023', ...NOTICE },
  },
  {
    wording: 'near miss: one year evaluated inside a project’s longer period',
    title: '青禾县水利局2023年度河道治理项目支出绩效自评报告',
    body: ['项目实施周期为2022—2024年，本次对2023年度资金开展自评。', ...BODY],
    facts: { year: '2023', 'finding[report-several-years]': null },
  },
  {
    wording: 'near miss: a plan’s years in the background are no period of the evaluation',
    title: '青禾县水利局2023年度河道治理项目支出绩效自评报告',
    body: ['项目依据《青禾县2021—2025年水利发展规划》设立。', ...BODY],
    facts: { year: '2023', 'finding[report-several-years]': null },
  },
  {
    wording: 'near miss: a range in a money clause before the evaluation words (another clause) is no period',
    title: '青禾县水利局2023年度河道治理项目支出绩效自评报告',
    body: ['2021—2023年项目累计投入资金1200万元，为做好绩效自评，成立了工作组。', ...BODY],
    facts: { year: '2023', 'finding[report-several-years]': null },
  },
  {
    wording: 'near miss: a date range within one year is no range of years',
    title: '青禾县水利局河道治理项目支出绩效自评报告',
    body: ['本次自评期间为2023年1月1日至2023年12月31日。', ...BODY],
    facts: { 'finding[report-several-years]': null },
  },
];

describeWordingRows('reports over several years', [
  ['ranges in the title', titledRanges],
  ['periods stated in the head', statedPeriods],
]);

describe('the range kept with the report', () => {
  it('keeps the whole range in report.yearRange and names both years in the notice', async () => {
    const text = ['青禾县水利局2021—2023年度河道治理项目绩效评价报告', '一、基本情况', ...BODY].join('\n');
    const document = await importFile({ bytes: Buffer.from(text, 'utf8'), fileName: 'report.txt' });
    expect(document.year).toBe(2023);
    expect(document.report?.yearRange).toEqual({ from: 2021, to: 2023 });
    const notice = document.findings.find((finding) => finding.code === 'report-several-years');
    expect(notice?.message).toContain('报告覆盖2021—2023年，按2023年入库');
  });
});
