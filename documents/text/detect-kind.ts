import type { DocumentKind, Scope } from '../../core/model.ts';
import { compact } from './normalize.ts';
import { detectMonitoring } from '../monitoring/detect.ts';

export interface DetectedKind {
  kind: DocumentKind;
  scope: Scope;
}

/**
 * Tells which of the four kinds a text dump is, from its title and its labels; null when it is
 * none of them. The title decides when there is one; otherwise labels typical of each kind.
 */
export function detectKind(lines: readonly string[]): DetectedKind | null {
  const monitoring = detectMonitoring(lines); // 监控表/报告 first: their columns resemble a self-evaluation's
  if (monitoring) return { kind: 'monitoring', scope: monitoring.scope };
  const head = compact(lines.slice(0, 40).join('\n'));
  const scope: Scope =
    /项目(支出)?绩效(目标|自评|评价)|项目名称|项目资金/.test(head) && !/部门整体/.test(head)
      ? 'project'
      : 'department';
  if (/评价报告|自评报告|绩效报告|绩效评价的?报告/.test(head)) return { kind: 'evaluation-report', scope };
  if (/批复表|目标批复/.test(head)) return { kind: 'approval-table', scope };
  if (/自评表|自评结果表/.test(head)) return { kind: 'self-evaluation', scope };
  if (/目标表|目标申报表/.test(head)) return { kind: 'target-table', scope };
  // The whole text is compacted only when the title does not decide (it is a pass over every line).
  const all = compact(lines.join('\n'));
  // Regional self-evaluations name the actual value differently (Chongqing 全年完成值) or put the
  // reason column as 未完成原因分析 (Sichuan); with a 得分 column they are still self-evaluations.
  // One word is not enough (an essay may say 存在的问题, a sports table 得分): each kind needs
  // two of its own labels.
  const selfEvaluationLabels = countMatches(all, [/实际完成值|全年完成值/, /全年执行数|执行率/, /未完成原因分析|偏差原因/, /年度指标值|指标值/]);
  if (selfEvaluationLabels >= 2 && /得分/.test(all)) return { kind: 'self-evaluation', scope };
  if (countMatches(all, [/三级指标/, /一级指标|二级指标/, /指标值/, /产出指标|效益指标|满意度指标/]) >= 2)
    return { kind: 'target-table', scope };
  // A report's labels must be numbered headings ("一、部门基本情况"), not words in a sentence.
  const headings = lines.map(compact).filter((line) => /^([一二三四五六七八九十]+|\d+)[、.．]/.test(line)).join('\n');
  if (countMatches(headings, [/部门基本情况|单位基本情况|项目基本情况/, /绩效情况|绩效目标实现情况/, /存在的问题/, /改进措施|整改措施/, /预算支出情况|预算执行情况/]) >= 2)
    return { kind: 'evaluation-report', scope };
  return null;
}

function countMatches(text: string, patterns: readonly RegExp[]): number {
  return patterns.filter((pattern) => pattern.test(text)).length;
}
