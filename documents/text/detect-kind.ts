import type { DocumentKind, Scope } from '../../core/model.ts';
import { compact } from './normalize.ts';

export interface DetectedKind {
  kind: DocumentKind;
  scope: Scope;
}

/**
 * Tells which of the four kinds a text dump is, from its title and its labels; null when it is
 * none of them. The title decides when there is one; otherwise labels typical of each kind.
 */
export function detectKind(lines: readonly string[]): DetectedKind | null {
  const head = compact(lines.slice(0, 40).join('\n'));
  const all = compact(lines.join('\n'));
  const scope: Scope =
    /项目(支出)?绩效(目标|自评)|项目名称|项目资金/.test(head) && !/部门整体/.test(head)
      ? 'project'
      : 'department';
  if (/评价报告|自评报告|绩效报告/.test(head)) return { kind: 'evaluation-report', scope };
  if (/批复表|目标批复/.test(head)) return { kind: 'approval-table', scope };
  if (/自评表|自评结果表/.test(head)) return { kind: 'self-evaluation', scope };
  if (/目标表|目标申报表/.test(head)) return { kind: 'target-table', scope };
  // Regional self-evaluations name the actual value differently (Chongqing 全年完成值) or put the
  // reason column as 未完成原因分析 (Sichuan); with a 得分 column they are still self-evaluations.
  if (/实际完成值|全年完成值|全年执行数|执行率|未完成原因分析/.test(all) && /得分/.test(all))
    return { kind: 'self-evaluation', scope };
  if (/指标值|绩效指标|三级指标/.test(all)) return { kind: 'target-table', scope };
  if (/部门基本情况|绩效情况|存在的问题/.test(all)) return { kind: 'evaluation-report', scope };
  return null;
}
