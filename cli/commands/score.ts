import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { loadDocument, CliError } from '../load-document.ts';
import { renderTable } from '../text-table.ts';

/** `jixiao score <file>`: a self-evaluation's entered and rule-based scores side by side. */
export async function runScore({ file }: { file: string }): Promise<string> {
  const document = await loadDocument(file);
  if (document.kind !== 'self-evaluation') {
    throw new CliError(`“${file}”不是自评表，无法评分（只有绩效自评表有得分）。`, 2);
  }
  return formatScores(document);
}

const show = (value: string | null | undefined) => value ?? '—';

/** The score sheet: execution, each indicator (entered vs suggested), totals and grades. */
export function formatScores(document: PerformanceDocument): string {
  const { budget, totals } = document;
  const rows = [...eachIndicator(document)].map(({ indicator }) => {
    const differs =
      indicator.score != null && indicator.suggestedScore != null && Number(indicator.score) !== Number(indicator.suggestedScore);
    return [
      indicator.level1,
      indicator.name,
      show(indicator.target?.text),
      show(indicator.actual?.text),
      show(indicator.weight),
      show(indicator.score),
      show(indicator.suggestedScore),
      differs ? '≠' : '',
    ];
  });
  return [
    `${document.unit} ${document.year ?? ''}年度 ${document.project ?? ''}`.trim(),
    `预算执行：全年预算数 ${show(budget.adjusted)} 万元，全年执行数 ${show(budget.executed)} 万元，` +
      `执行率 ${show(budget.executionRate)}%，分值 ${show(budget.weight)}，填报得分 ${show(budget.score)}，按规则 ${show(budget.suggestedScore)}`,
    '',
    renderTable({ header: ['一级指标', '三级指标', '指标值', '实际完成值', '分值', '填报', '按规则', ''], rows }),
    '',
    `总分：填报 ${show(totals.score)}（${show(totals.enteredGrade)}），按规则 ${show(totals.suggestedScore)}（${show(totals.suggestedGrade)}）`,
  ].join('\n');
}
