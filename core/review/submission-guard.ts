/**
 * What must hold before a unit submits. Issue 3: a self-evaluation is refused while a
 * not-fully-met indicator has no 偏差原因分析及改进措施, or a score lies outside its band
 * (定性 bands after 财预〔2020〕10号). The findings come from core's analysis (analyseDocument),
 * so the rule itself is decided in one place and only enforced here.
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import type { Refusal } from './result.ts';

/** Finding codes that block a submission: a self-evaluation's two, and a monitoring table's missing reason. */
export const blockingFindingCodes = ['missing-deviation', 'score-outside-band', 'missing-monitoring-reason'] as const;
export type BlockingFindingCode = (typeof blockingFindingCodes)[number];

export interface BlockedIndicator {
  /** "goals.0.indicators.3". */
  path: string;
  name: string;
  code: BlockingFindingCode;
}

export type SubmissionCheck =
  | { ok: true }
  | (Refusal<'submission-blocked'> & { indicators: BlockedIndicator[] });

const problemNames: Record<BlockingFindingCode, string> = {
  'missing-deviation': '未完全达成但未填写偏差原因分析及改进措施',
  'score-outside-band': '得分超出所属档次的分值范围',
  'missing-monitoring-reason': '亮灯或完成目标可能性需要说明原因，但未填写偏差原因说明和纠偏措施',
};

/**
 * Which codes block which kind. 监控表 (issue 11): a light the policy marks (red by default) or an
 * answer 有可能/完全不可能 must carry 原因说明 or 纠偏措施 before the unit submits.
 */
const blockingCodesByKind: Partial<Record<PerformanceDocument['kind'], readonly BlockingFindingCode[]>> = {
  'self-evaluation': ['missing-deviation', 'score-outside-band'],
  monitoring: ['missing-monitoring-reason'],
};

const kindTitles: Partial<Record<PerformanceDocument['kind'], string>> = { 'self-evaluation': '自评表', monitoring: '监控表' };

const indicatorPathPattern = /^goals\.(\d+)\.indicators\.(\d+)/;

/** Checks whether a document may be submitted, given the findings of its analysis. */
export function checkSubmission(input: {
  document: Pick<PerformanceDocument, 'kind' | 'goals'>;
  findings: readonly Finding[];
}): SubmissionCheck {
  const codes = blockingCodesByKind[input.document.kind];
  if (!codes) return { ok: true };
  const blocked = listBlockedIndicators(input.document, input.findings).filter((item) => codes.includes(item.code));
  if (blocked.length === 0) return { ok: true };
  const parts = blockingFindingCodes
    .map((code) => {
      const names = blocked.filter((item) => item.code === code).map((item) => `“${item.name}”`);
      return names.length === 0 ? null : `以下指标${problemNames[code]}：${names.join('、')}`;
    })
    .filter((part): part is string => part !== null);
  return {
    ok: false,
    code: 'submission-blocked',
    message: `${kindTitles[input.document.kind] ?? '文档'}暂不能提交。${parts.join('；')}。请补充后再提交。`,
    indicators: blocked,
  };
}

function listBlockedIndicators(
  document: Pick<PerformanceDocument, 'goals'>,
  findings: readonly Finding[],
): BlockedIndicator[] {
  const seen = new Set<string>();
  const blocked: BlockedIndicator[] = [];
  for (const finding of findings) {
    if (!isBlockingCode(finding.code)) continue;
    const match = indicatorPathPattern.exec(finding.path);
    const path = match ? match[0] : finding.path;
    const key = `${finding.code}|${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    blocked.push({ path, name: describeIndicator(document, match), code: finding.code });
  }
  return blocked;
}

function isBlockingCode(code: string): code is BlockingFindingCode {
  return (blockingFindingCodes as readonly string[]).includes(code);
}

function describeIndicator(document: Pick<PerformanceDocument, 'goals'>, match: RegExpExecArray | null): string {
  if (!match) return '（未定位的指标）';
  const goal = document.goals[Number(match[1])];
  const indicator = goal?.indicators[Number(match[2])];
  if (!goal || !indicator) return match[0];
  const name = indicator.name.trim() || `${indicator.level2 || indicator.level1}（第${Number(match[2]) + 1}项）`;
  return goal.name.trim() ? `${goal.name.trim()} / ${name}` : name;
}
