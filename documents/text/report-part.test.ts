/**
 * A 自评报告 that is a numbered part of a 决算 page: read alone, with the page's heading for its unit
 * and year; the page's 决算 figures are no part of it.
 */
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';
import { findReportPart } from './report-part.ts';

const pageHead = [
  '松岭县林业局2024年度部门决算',
  '目录',
  '第一部分 部门概况',
  '第二部分 2024年度部门决算表',
  '第三部分 2024年度部门决算情况说明',
  '第四部分 名词解释',
  '第一部分 部门概况',
  '本部门内设股室5个，下属单位2个。',
  '第三部分 2024年度部门决算情况说明',
  '一、收入支出决算总体情况说明',
  '2024年度收入总计1,206.40万元，支出总计1,206.40万元。',
  '二、支出决算情况说明',
  '本年支出合计1,190.20万元，其中：基本支出802.10万元，项目支出388.10万元。',
];
const reportPart = [
  '三、部门整体支出绩效自评报告',
  '（一）部门基本情况',
  '松岭县林业局负责全县森林资源保护和林业发展工作。',
  '（二）部门整体支出管理及使用情况',
  '2024年年初预算数为980.00万元，全年预算数为1,104.60万元，全年执行数为1,078.30万元，预算执行率为97.62%。',
  '（三）自评结论',
  '本部门2024年度整体支出绩效自评得分为88.5分，自评等级为良。',
];
const pageBelow = ['四、其他需要说明的情况', '本部门无其他需要说明的情况。', '第四部分 名词解释', '一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。'];

describe('findReportPart', () => {
  it('finds the part from its heading to the page’s next heading of its rank', () => {
    const lines = [...pageHead, ...reportPart, ...pageBelow];
    expect(findReportPart(lines)).toMatchObject({ start: pageHead.length, end: pageHead.length + reportPart.length, pageHeading: 0 });
  });

  it('ends a 第N部分 given to the report at the next 第N部分, not at its own numbered sections', () => {
    const part = ['第四部分 2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本局负责全县森林资源保护。', '二、自评结论', '自评得分为88.5分。'];
    const lines = [...pageHead, ...part, '第五部分 名词解释', '一、基本支出：指保障机构正常运转的支出。'];
    expect(findReportPart(lines)).toMatchObject({ start: pageHead.length, end: pageHead.length + part.length });
  });

  it.each([
    ['a report whose own title opens the text', ['松岭县林业局2024年度部门整体支出绩效自评报告', ...pageHead.slice(1), ...reportPart]],
    ['a table whose own title opens the text', ['松岭县林业局2024年度部门整体支出绩效自评表', ...pageHead.slice(1), ...reportPart]],
    ['a 目录 entry naming the report, followed by the next entry', [...pageHead, '三、部门整体支出绩效自评报告', '四、其他需要说明的情况']],
    ['a short head above the heading', [pageHead[0]!, ...reportPart]],
    ['a numbered part naming a table', [...pageHead, '三、项目支出绩效自评表', '项目名称\t林下经济示范']],
    ['a numbered sentence naming the report', [...pageHead, '三、本部门已编制部门整体支出绩效自评报告，详见附件。', '略。']],
  ])('finds none in %s', (_, lines) => {
    expect(findReportPart(lines)).toBeNull();
  });
});

describe('a report part read from a 决算 page', () => {
  const lines = [...pageHead, '', ...reportPart, ...pageBelow];
  const document = readText(lines.join('\n'));

  it('reads the unit and year of the page’s heading and only the part’s money and score', () => {
    expect(document).toMatchObject({ kind: 'evaluation-report', scope: 'department', unit: '松岭县林业局', year: 2024 });
    expect(document?.budget).toMatchObject({ initial: '980.00', adjusted: '1104.60', executed: '1078.30', executionRate: '97.62' });
    expect(document?.budget.byNature?.basic ?? null).toBeNull();
    expect(document?.totals).toMatchObject({ score: '88.5', grade: '良' });
  });

  it('takes the part’s （一） headings for its sections and says what was read', () => {
    expect(document?.report?.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['部门基本情况', '部门整体支出管理及使用情况', '自评结论']);
    const codes = document?.findings.map((finding) => [finding.code, finding.line]);
    expect(codes).toContainEqual(['report-part-of-page', pageHead.length + 2]);
    expect(codes?.map(([code]) => code)).not.toContain('missing-sections');
  });
});
