/**
 * Renders a 部门整体 target table (goals 目标一…), a project target table or a project
 * self-evaluation from the model into a Sheet, with the layout's header rows, 序号 column, column
 * order and amount unit. 一级/二级 are merged down (text layouts write the covered cells empty).
 */
import { Dec } from '../../../core/decimal.ts';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { MERGED_LEFT as L, MERGED_UP as U, type DenseGrid } from './dense-grid.ts';
import { mergeLevelRows } from './level-rows.ts';
import type { LayoutOptions, Sheet } from './sheet.ts';

const goalNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** An amount in 万元 written in the layout's unit ("1,234,500.00" in 元). */
/** "-1234567" → "-1,234,567": a comma before every third digit from the right (a loop, linear time). */
function groupThousands(whole: string): string {
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.slice(sign.length);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return sign + groups.join(',');
}

export function writeAmount(amount: string | null | undefined, options: LayoutOptions): string {
  if (amount === null || amount === undefined) return '';
  if (!options.isInYuan) return amount;
  const yuan = new Dec(amount).times(10000).toFixed(2);
  const [whole = '0', fraction = '00'] = yuan.split('.');
  return `${groupThousands(whole)}.${fraction}`;
}

function moneyLabel(options: LayoutOptions): string {
  return options.isInYuan ? '（元）' : '（万元）';
}

/** Pads every row to `width` with MERGED_LEFT after its last cell, as a merged cell would. */
function widen(rows: DenseGrid, width: number): DenseGrid {
  return rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill(L)]);
}

/** The indicator header: 1–3 rows, the level columns' names on the last, the others merged down. */
function indicatorHeader(names: string[], options: LayoutOptions): DenseGrid {
  if (options.headerRows === 1) return [names];
  const groupRow = ['绩效指标', L, L, ...names.slice(3)];
  const levelRow = [...names.slice(0, 3), ...names.slice(3).map(() => U)];
  if (options.headerRows === 2) return [groupRow, levelRow];
  return [['年度绩效指标', ...names.slice(1).map(() => L)], groupRow, levelRow];
}

function withSerial(rows: DenseGrid, options: LayoutOptions, headerCount: number): DenseGrid {
  if (!options.hasSerialColumn) return rows;
  return rows.map((row, index) => [index === 0 ? '序号' : index < headerCount ? U : String(index - headerCount + 1), ...row]);
}

/** The indicator header and rows (一级/二级 merged down), with a 序号 column when the layout has one. */
function indicatorBlock(input: { names: string[]; indicators: readonly Indicator[]; cellsOf: (indicator: Indicator) => string[]; options: LayoutOptions }): DenseGrid {
  const header = indicatorHeader(input.names, input.options);
  const rows = mergeLevelRows(
    input.indicators.map((indicator) => ({ level1: indicator.level1, level2: indicator.level2, cells: input.cellsOf(indicator) })),
    { merge: 'up' },
  );
  return withSerial([...header, ...rows], input.options, header.length);
}

/** 三级指标 and 指标值: the cells of a target or approval table's row. */
const nameAndTarget = (indicator: Indicator): string[] => [indicator.name, indicator.target?.text ?? ''];

/** One goal's block: the goal label merged down the first column beside its header and rows (as sample 000). */
function goalRows(input: { label: string; indicators: readonly Indicator[]; options: LayoutOptions }): DenseGrid {
  const names = ['一级指标', '二级指标', '三级指标', '指标值'];
  return indicatorBlock({ names, indicators: input.indicators, cellsOf: nameAndTarget, options: input.options }).map((row, index) => [index === 0 ? input.label : U, ...row]);
}

/** 部门整体支出绩效目标表 with goals 目标一…, each with its own indicator header. */
export function renderDepartmentTargetTable(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const width = 5 + (options.hasSerialColumn ? 1 : 0);
  const rows: DenseGrid = [
    ['部门名称', document.unit],
    [`年度预算申请${moneyLabel(options)}`, '资金总额', writeAmount(document.budget.total, options)],
    ['整体绩效目标', document.overallGoal ?? ''],
  ];
  document.goals.forEach((goal, index) => {
    rows.push(...goalRows({ label: `目标${goalNumbers[index] ?? String(index + 1)}`, indicators: goal.indicators, options }));
  });
  return {
    before: [`${document.year}年部门整体支出绩效目标表`, '填报单位：（盖章）', ...(options.isInYuan ? ['金额单位：元'] : [])],
    grid: widen(rows, width),
  };
}

/** 项目支出绩效目标表 (central template): header block, 项目资金, 年度目标, indicators behind a 绩效指标 label. */
export function renderProjectTargetTable(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const names = ['一级指标', '二级指标', '三级指标', '指标值'];
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  const indicatorRows = indicatorBlock({ names, indicators, cellsOf: nameAndTarget, options }).map((row, index) => [index === 0 ? '绩效指标' : U, ...row]);
  const width = indicatorRows[0]?.length ?? names.length + 1;
  const rows: DenseGrid = [
    ['项目名称', document.project ?? ''],
    ['主管部门', document.supervisor ?? '', '实施单位', document.unit],
    [`项目资金${moneyLabel(options)}`, '年度资金总额', writeAmount(document.budget.total, options)],
    [U, '其中：财政拨款', writeAmount(document.budget.bySource?.currentYear, options)],
    ['年度总体目标', document.overallGoal ?? ''],
    ...indicatorRows,
  ];
  return {
    before: ['项目支出绩效目标表', `（${document.year}年度）`, ...(options.isInYuan ? ['金额单位：元'] : [])],
    grid: widen(rows, width),
  };
}

function selfEvaluationCells(indicator: Indicator, options: LayoutOptions): string[] {
  const target = indicator.target?.text ?? '';
  const actual = indicator.actual?.text ?? '';
  const weight = indicator.weight ?? '';
  const score = indicator.score ?? '';
  return options.hasReorderedColumns ? [indicator.name, weight, target, actual, score, ''] : [indicator.name, target, actual, weight, score, ''];
}

function totalsRow(input: { names: string[]; width: number; options: LayoutOptions; weight: string | null | undefined; score: string | null | undefined }): string[] {
  const offset = input.options.hasSerialColumn ? 1 : 0;
  const row = Array<string>(input.width).fill('');
  row[0] = '总分';
  row[offset + input.names.indexOf('分值')] = input.weight ?? '';
  row[offset + input.names.indexOf('得分')] = input.score ?? '';
  return row;
}

function selfEvaluationNames(options: LayoutOptions): string[] {
  return options.hasReorderedColumns
    ? ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因分析及改进措施']
    : ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
}

/** A self-evaluation's indicator header and rows (一级/二级 merged down). */
function selfEvaluationRows(document: PerformanceDocument, names: string[], options: LayoutOptions): DenseGrid {
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  return indicatorBlock({ names, indicators, cellsOf: (indicator) => selfEvaluationCells(indicator, options), options });
}

/** 项目支出绩效自评表 (财预〔2020〕10号 layout). */
export function renderProjectSelfEvaluation(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const { budget } = document;
  const names = selfEvaluationNames(options);
  const indicatorRows = selfEvaluationRows(document, names, options);
  const width = indicatorRows[0]?.length ?? names.length;
  const rows: DenseGrid = [
    ['项目名称', document.project ?? ''],
    ['主管部门', document.supervisor ?? '', '实施单位', document.unit],
    [`项目资金${moneyLabel(options)}`, '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [U, '年度资金总额', writeAmount(budget.initial, options), writeAmount(budget.adjusted, options), writeAmount(budget.executed, options), budget.weight ?? '', budget.executionRate ? `${budget.executionRate}%` : '', budget.score ?? ''],
    ...indicatorRows,
    totalsRow({ names, width, options, weight: document.totals.weight, score: document.totals.score }),
  ];
  return {
    before: ['项目支出绩效自评表', `（${document.year}年度）`, ...(options.isInYuan ? ['金额单位：元'] : [])],
    grid: widen(rows, width),
  };
}

const likelihoodNames = { certain: '确定能', possible: '有可能', impossible: '不可能' } as const;

/** 项目支出绩效运行监控表 (central template): 1-N月执行数 and 全年预计执行数, 1-N月完成值, 完成目标可能性. */
export function renderProjectMonitoring(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const { budget } = document;
  const month = document.monitoring?.period.throughMonth ?? 6;
  const names = ['一级指标', '二级指标', '三级指标', '年度指标值', `1-${month}月完成值`, '完成目标可能性', '偏差原因分析'];
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  const indicatorRows = indicatorBlock({
    names,
    indicators,
    cellsOf: (indicator) => [
      ...nameAndTarget(indicator),
      indicator.monitoring?.actualToDate?.text ?? '',
      indicator.monitoring?.likelihood ? likelihoodNames[indicator.monitoring.likelihood] : '',
      '',
    ],
    options,
  });
  const width = indicatorRows[0]?.length ?? names.length;
  const rows: DenseGrid = [
    ['项目名称', document.project ?? ''],
    ['主管部门', document.supervisor ?? '', '实施单位', document.unit],
    [`项目资金${moneyLabel(options)}`, '', '年初预算数', `1-${month}月执行数`, '全年预计执行数'],
    [U, '年度资金总额', writeAmount(budget.initial, options), writeAmount(budget.executedToDate, options), writeAmount(budget.forecast, options)],
    ...indicatorRows,
  ];
  return {
    before: ['项目支出绩效运行监控表', `（${document.year}年度）`, ...(options.isInYuan ? ['金额单位：元'] : [])],
    grid: widen(rows, width),
  };
}

/** 部门整体支出绩效自评表: the funds row, income by source and spending by nature as "label：amount" cells, 年度总体目标. */
export function renderDepartmentSelfEvaluation(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const { budget } = document;
  const names = selfEvaluationNames(options);
  const indicatorRows = selfEvaluationRows(document, names, options);
  const width = indicatorRows[0]?.length ?? names.length;
  const part = (label: string, amount: string | null | undefined) => `${label}：${writeAmount(amount ?? '0', options)}`;
  const rows: DenseGrid = [
    ['预算部门名称', document.unit],
    ['年度', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [`预算申请${moneyLabel(options)}`, '年度资金总额', writeAmount(budget.initial, options), writeAmount(budget.adjusted, options), writeAmount(budget.executed, options), budget.weight ?? '', budget.executionRate ? `${budget.executionRate}%` : '', budget.score ?? ''],
    [U, '按收入性质分：', '', '', '按支出性质分：'],
    [U, part('其中：一般公共预算', budget.bySource?.generalPublic), '', '', part('其中：基本支出', budget.byNature?.basic)],
    [U, part('其他资金', budget.bySource?.other), '', '', part('项目支出', budget.byNature?.project)],
    ['年度总体目标', '预期目标', '', '', '实际完成情况'],
    [U, document.overallGoal ?? '', '', '', document.overallResult ?? ''],
    ...indicatorRows.map((row, index) => [index === 0 ? '绩效指标' : U, ...row]),
    totalsRow({ names: ['', ...names], width: width + 1, options, weight: document.totals.weight, score: document.totals.score }),
  ];
  return {
    before: ['部门整体支出绩效自评表', `预算单位：（盖章）（${document.year}年度）`, ...(options.isInYuan ? ['金额单位：元'] : [])],
    grid: widen(rows, width + 1),
  };
}

/** 项目支出绩效目标批复表: 项目名称 and 预算单位, 主管部门 and 批复金额, 年度绩效目标, the indicators. */
export function renderProjectApprovalTable(document: PerformanceDocument, options: LayoutOptions): Sheet {
  const names = ['一级指标', '二级指标', '三级指标', '指标值'];
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  const indicatorRows = indicatorBlock({ names, indicators, cellsOf: nameAndTarget, options });
  const width = Math.max(4, indicatorRows[0]?.length ?? names.length);
  const rows: DenseGrid = [
    ['项目名称', document.project ?? '', '预算单位', document.unit],
    ['主管部门', document.supervisor ?? '', `批复金额${moneyLabel(options)}`, writeAmount(document.budget.total, options)],
    ['年度绩效目标', document.overallGoal ?? ''],
    ...indicatorRows,
  ];
  return {
    before: [`${document.year}年度项目支出绩效目标批复表`, ...(options.isInYuan ? ['金额单位：元'] : [])],
    grid: widen(rows, width),
  };
}
