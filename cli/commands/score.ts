import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { policiesOfPack, type RulePack } from '../../core/rule-packs/index.ts';
import { describeExecutionFormula, describeIndicatorFormula, type ScoringPolicy } from '../../core/scoring/index.ts';
import { loadDocument, CliError } from '../load-document.ts';
import { renderTable } from '../text-table.ts';
import { readPackOption } from './pack-option.ts';

/** `jixiao score <file> [--pack NAME] [--json]`: entered and rule-based scores side by side under a rule pack. */
export async function runScore(input: { file: string; pack?: string | undefined; json?: boolean }): Promise<string> {
  const pack = readPackOption(input.pack);
  const document = await loadDocument(input.file, pack);
  if (document.kind !== 'self-evaluation') {
    throw new CliError(`“${input.file}”不是自评表，无法评分（只有绩效自评表有得分）。`, 2);
  }
  const policy = policiesOfPack(pack).scoring;
  return input.json ? JSON.stringify(summariseScores(document, { pack, policy }), null, 2) : formatScores(document, { pack, policy });
}

const show = (value: string | null | undefined) => value ?? '—';

/** The scores as data: the pack, execution, each indicator with its formula, total and grades. */
export function summariseScores(document: PerformanceDocument, input: { pack: RulePack; policy: ScoringPolicy }) {
  const { budget, totals } = document;
  return {
    pack: { name: input.pack.name, version: input.pack.version, title: input.pack.title },
    unit: document.unit,
    year: document.year,
    execution: {
      rate: budget.executionRate ?? null,
      weight: budget.weight ?? input.policy.executionWeight,
      score: budget.score ?? null,
      suggestedScore: budget.suggestedScore ?? null,
      formula: describeExecutionFormula(input.policy, budget.weight),
    },
    indicators: [...eachIndicator(document)].map(({ indicator }) => ({
      level1: indicator.level1,
      name: indicator.name,
      target: indicator.target?.text ?? null,
      actual: indicator.actual?.text ?? null,
      weight: indicator.weight ?? null,
      score: indicator.score ?? null,
      suggestedScore: indicator.suggestedScore ?? null,
      formula: describeIndicatorFormula(indicator, input.policy),
    })),
    total: { score: totals.score ?? null, grade: totals.enteredGrade ?? null, suggestedScore: totals.suggestedScore ?? null, suggestedGrade: totals.suggestedGrade ?? null },
  };
}

/** The score sheet: execution, each indicator (entered vs suggested, with the formula), totals and grades. */
export function formatScores(document: PerformanceDocument, input: { pack: RulePack; policy: ScoringPolicy }): string {
  const summary = summariseScores(document, input);
  const rows = summary.indicators.map((indicator) => {
    const differs =
      indicator.score != null && indicator.suggestedScore != null && Number(indicator.score) !== Number(indicator.suggestedScore);
    return [
      indicator.level1,
      indicator.name,
      show(indicator.target),
      show(indicator.actual),
      show(indicator.weight),
      show(indicator.score),
      show(indicator.suggestedScore),
      differs ? '≠' : '',
      show(indicator.formula),
    ];
  });
  const { budget, totals } = document;
  return [
    `${document.unit} ${document.year ?? ''}年度 ${document.project ?? ''}`.trim(),
    `规则包：${input.pack.title}（${input.pack.name}@${input.pack.version}）`,
    `预算执行：全年预算数 ${show(budget.adjusted)} 万元，全年执行数 ${show(budget.executed)} 万元，` +
      `执行率 ${show(budget.executionRate)}%，分值 ${show(budget.weight)}，填报得分 ${show(budget.score)}，按规则 ${show(budget.suggestedScore)}（${summary.execution.formula}）`,
    '',
    renderTable({ header: ['一级指标', '三级指标', '指标值', '实际完成值', '分值', '填报', '按规则', '', '算法'], rows }),
    '',
    `总分：填报 ${show(totals.score)}（${show(totals.enteredGrade)}），按规则 ${show(totals.suggestedScore)}（${show(totals.suggestedGrade)}）`,
  ].join('\n');
}
