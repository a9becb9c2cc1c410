import { documentKindNames, eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { lightNames } from '../../core/monitoring/vocabulary.ts';
import { describeWindow } from '../../core/monitoring/describe-window.ts';
import { countProjectIndicators, describeReportProjectFigures } from '../../core/report-projects.ts';
import { loadDocument, loadEveryTable, readLayoutFile } from '../load-document.ts';

/**
 * `jixiao import <files…> [--json] [--layout 版式.json] [--unit 单位 [--save-as-own]] [--table N | --each-table]`: the model of
 * each file (JSON), or a short summary per file, read through the same pipeline as the server's
 * imports (named layouts by header signature, the unit check).
 */
export async function runImport(input: {
  files: string[];
  json: boolean;
  layout?: string;
  unit?: string;
  isSavedAsOwn?: boolean;
  table?: number;
  isEachTable?: boolean;
}): Promise<string> {
  const { files, json } = input;
  const layouts = input.layout ? await readLayoutFile(input.layout) : [];
  const options = { layouts, ...(input.unit ? { unit: input.unit } : {}), isSavedAsOwn: input.isSavedAsOwn ?? false, ...(input.table === undefined ? {} : { table: input.table }) };
  // Each read document with the name it is shown under (a file's tables numbered: "文件.docx 第2张").
  const read: { name: string; document: PerformanceDocument }[] = [];
  for (const file of files) {
    const documents = input.isEachTable ? await loadEveryTable(file, options) : [await loadDocument(file, undefined, options)];
    documents.forEach((document, index) => read.push({ name: documents.length > 1 ? `${file} 第${index + 1}张` : file, document }));
  }
  if (json) return JSON.stringify(read.length === 1 ? read[0]?.document : read.map((each) => each.document), null, 2);
  return read.map(({ name, document }) => describeDocument(name, document)).join('\n\n');
}

/** A short summary of one read document: kind, unit, year, counts and findings. */
export function describeDocument(file: string, document: PerformanceDocument): string {
  const indicatorCount = [...eachIndicator(document)].length;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of document.findings) counts[finding.severity] += 1;
  return [
    `${file}`,
    `  类型：${documentKindNames[document.kind]}（${document.scope === 'project' ? '项目' : '部门整体'}）`,
    `  单位：${document.unit || '（未读出）'}　年度：${document.year ?? '（未读出）'}${document.project ? `　项目：${document.project}` : ''}`,
    document.report
      ? `  章节：${document.report.sections.length} 个　金额明细：${document.report.moneyLists.length} 组`
      : `  目标：${document.goals.length} 个　指标：${indicatorCount} 个`,
    ...(document.report?.projects ?? []).map(
      (project, index) => `  项目${index + 1}：${project.name}　${describeReportProjectFigures(project, countProjectIndicators(document, project))}`,
    ),
    ...(document.kind === 'monitoring' ? [describeMonitoring(document)] : []),
    `  发现问题：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}（用 jixiao check 查看）`,
  ].join('\n');
}

/** 监控表: the window, 1-N月执行数 of its budget and the lights (as analyseDocument set them). */
function describeMonitoring(document: PerformanceDocument): string {
  const { budget, monitoring } = document;
  const base = budget.adjusted ?? budget.total ?? budget.initial;
  const executed = budget.executedToDate
    ? `${budget.executedToDate}${base ? `/${base}` : ''}万元`
    : '（未读出）';
  const light = (value: keyof typeof lightNames | null | undefined) => (value ? lightNames[value] : '无');
  return `  监控期间：${describeWindow(monitoring?.period)}　执行数：${executed}　预算执行：${light(monitoring?.budgetLight)}　绩效目标：${light(monitoring?.targetLight)}`;
}
