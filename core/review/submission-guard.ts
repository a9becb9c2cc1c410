/**
 * What must hold before a unit submits. Issue 3: a self-evaluation is refused while a
 * not-fully-met indicator has no 偏差原因分析及改进措施, or a score lies outside its band
 * (定性 bands after 财预〔2020〕10号). The findings come from core's analysis (analyseDocument),
 * so the rule itself is decided in one place and only enforced here.
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import type { Refusal } from './result.ts';

/** Finding codes that block the submission of a self-evaluation. */
export const blockingFindingCodes = ['missing-deviation', 'score-outside-band'] as const;
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
};

const indicatorPathPattern = /^goals\.(\d+)\.indicators\.(\d+)/;

/** Checks whether a document may be submitted, given the findings of its analysis. */
export function checkSubmission(input: {
  document: Pick<PerformanceDocument, 'kind' | 'goals'>;
  findings: readonly Finding[];
}): SubmissionCheck {
  if (input.document.kind !== 'self-evaluation') return { ok: true };
  const blocked = listBlockedIndicators(input.document, input.findings);
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
    message: `自评表暂不能提交。${parts.join('；')}。请补充后再提交。`,
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
