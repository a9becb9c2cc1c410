import { describe, expect, it } from 'vitest';
import { sumDecimals } from '../../core/decimal.ts';
import { buildTableLayout } from './build-layout.ts';
import { renderTableHtml } from './render-html.ts';
import { buildReportOutline } from './report-outline.ts';
import {
  buildSampleApprovalTable,
  buildSampleReport,
  buildSampleSelfEvaluation,
  buildSampleTargetTable,
} from './sample-documents.ts';
import { mapCoverage, type LayoutCell, type TableLayout } from './table-layout.ts';

function findCells(layout: TableLayout, text: string): LayoutCell[] {
  return layout.rows.flatMap((row) => row.cells).filter((cell) => cell.text === text);
}

describe('table layouts', () => {
  it('merges each goal over its indicators and each 一级 and 二级 over its run', () => {
    const document = buildSampleTargetTable();
    const layout = buildTableLayout(document)!;
    for (const goal of document.goals) {
      expect(findCells(layout, goal.name)[0]?.rowSpan ?? 1).toBe(goal.indicators.length);
    }
    const firstGoal = document.goals[0]!.indicators;
    const outputs = firstGoal.filter((indicator) => indicator.level1 === '产出指标').length;
    const quantities = firstGoal.filter((indicator) => indicator.level2 === '数量指标').length;
    expect(findCells(layout, '产出指标')[0]?.rowSpan).toBe(outputs);
    expect(findCells(layout, '数量指标')[0]?.rowSpan).toBe(quantities);
  });

  it.each([
    ['target table', buildSampleTargetTable()],
    ['approval table', buildSampleApprovalTable()],
    ['self-evaluation', buildSampleSelfEvaluation()],
  ])('covers every position of the %s grid exactly once', (_, document) => {
    const layout = buildTableLayout(document)!;
    const coverage = mapCoverage(layout);
    const masters = coverage.flat().filter((position) => position?.isMaster).length;
    const cells = layout.rows.reduce((count, row) => count + row.cells.length, 0);
    expect(masters).toBe(cells);
    const spanned = layout.rows
      .flatMap((row) => row.cells)
      .reduce((sum, cell) => sum + (cell.rowSpan ?? 1) * (cell.colSpan ?? 1), 0);
    expect(spanned).toBeLessThanOrEqual(layout.rows.length * layout.columns.length);
  });

  it('writes 一级 with the sum of its weights, as sample 001 does', () => {
    const document = buildSampleSelfEvaluation();
    const outputs = document.goals[0]!.indicators.filter((indicator) => indicator.level1 === '产出指标');
    const layout = buildTableLayout(document)!;
    expect(
      findCells(
        layout,
        `产出指标（${sumDecimals(outputs.map((indicator) => indicator.weight)).toFixed()}分）`,
      ),
    ).toHaveLength(1);
  });

  it('keeps a missing amount blank rather than writing 0, and writes money with two decimals', () => {
    const layout = buildTableLayout(buildSampleTargetTable())!;
    const row = layout.rows.find((candidate) =>
      candidate.cells.some((cell) => cell.text === '政府性基金拨款'),
    )!;
    expect(row.cells.find((cell) => cell.column === 2)?.text).toBe('');
    expect(findCells(layout, '2854.50')[0]?.number).toBe('2854.5');
  });

  it('prints the self-evaluation landscape and the target table portrait', () => {
    expect(buildTableLayout(buildSampleSelfEvaluation())!.orientation).toBe('landscape');
    expect(buildTableLayout(buildSampleTargetTable())!.orientation).toBe('portrait');
  });

  it('renders merged cells as rowspan in the print view and escapes text', () => {
    const document = buildSampleTargetTable();
    document.goals[0]!.indicators[0]!.name = '<script>x</script>';
    const html = renderTableHtml(buildTableLayout(document)!);
    expect(html).toContain(`rowspan="${document.goals[0]!.indicators.length}"`);
    expect(html).toContain('@page { size: A4 portrait');
    expect(html).not.toContain('<script>');
  });
});

describe('report outline', () => {
  const outline = buildReportOutline(buildSampleReport());
  const section = (pattern: RegExp) => outline.sections.find((candidate) => pattern.test(candidate.title))!;

  it('has the ten standard sections in order', () => {
    expect(outline.sections.map((candidate) => candidate.title.slice(0, 2))).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
      '九、',
      '十、',
    ]);
  });

  it("keeps the unit's own text where it wrote some", () => {
    expect(section(/基本情况/).paragraphs).toEqual([
      '1、贯彻执行党和国家及省有关公安工作的方针政策。',
      '2、掌握控制危害国内安全的情报和动态。',
    ]);
    expect(section(/存在的问题/).paragraphs).toEqual(['1、绩效目标支出低于部门年初预算。']);
  });

  it('fills the money lists into the sections they belong to', () => {
    expect(section(/政府性基金/).paragraphs.join('')).toContain(
      '政府性基金预算支出5855.5万元，其中：巡辅警经费2532.5万元；跨区域专项经费300万元',
    );
    expect(section(/一般公共预算/).paragraphs.join('')).toContain(
      '基本支出5105.15万元，其中：工资福利支出4035.19万元',
    );
  });

  it('lists indicators not met with their deviation reasons, and the score and grade', () => {
    const document = buildSampleReport();
    const shortfalls = document.goals[0]!.indicators.filter(
      (indicator) => indicator.score !== indicator.weight,
    );
    const text = section(/绩效情况/).paragraphs.join('\n');
    expect(text).toContain(`未完全完成${shortfalls.length}个`);
    for (const indicator of shortfalls)
      expect(text).toContain(`${indicator.name}：指标值${indicator.target!.text}`);
    expect(text).toContain('自评得分92.5分，等级为“优”');
  });

  it('says where the unit wrote nothing instead of inventing text', () => {
    expect(section(/改进措施/).paragraphs).toEqual(['（单位未填写）']);
  });

  it('tells each project of a report over several its own indicators and score (goal.project)', () => {
    const document = buildSampleReport();
    const indicators = document.goals[0]!.indicators;
    const met = indicators.filter((indicator) => indicator.score === indicator.weight);
    const short = indicators.filter((indicator) => indicator.score !== indicator.weight);
    document.report = {
      sections: [],
      moneyLists: [],
      projects: [
        { name: '甲项目', score: '95' },
        { name: '乙项目', suggestedScore: '88.5' },
      ],
    };
    document.goals = [
      { name: '', project: '甲项目', indicators: met },
      { name: '', project: '乙项目', indicators: short },
    ];
    const text = buildReportOutline(document).sections.find((candidate) => /绩效情况/.test(candidate.title))!.paragraphs;
    expect(text).toContain(`甲项目：共设绩效指标${met.length}个，完成${met.length}个，未完全完成0个，得分95分。`);
    expect(text).toContain(`乙项目：共设绩效指标${short.length}个，完成0个，未完全完成${short.length}个，得分88.5分。`);
  });
});
