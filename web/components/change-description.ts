/** Changed fields in words a clerk reads (row, indicator, field), for the 409 dialog and the history. */
import type { FieldChange } from '../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../core/model.ts';

const fieldNames: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  deviation: '偏差原因',
  functions: '部门职能',
  overallGoal: '整体绩效目标',
  overallResult: '实际完成情况',
  budget: '预算',
  unit: '单位',
};

/** Parsed parts of a value (operator, number, unit …) follow its text; only the text is shown. */
const parsedValueParts = new Set(['operator', 'value', 'unit', 'direction', 'change', 'qualitative']);

/** "goals.0.indicators.1.target.text" → "目标一 第2行「开展治安巡逻」指标值". */
export function describeChangePath(path: string, body?: Pick<PerformanceDocument, 'goals'>): string {
  const row = /^goals\.(\d+)\.indicators\.(\d+)(?:\.(\w+))?/.exec(path);
  if (row) {
    const goal = body?.goals[Number(row[1])];
    const indicator = goal?.indicators[Number(row[2])];
    const field = row[3] ? (fieldNames[row[3]] ?? row[3]) : '整行';
    return `${goal?.name || `目标${Number(row[1]) + 1}`} 第${Number(row[2]) + 1}行${indicator ? `「${indicator.name}」` : ''}${field}`;
  }
  const [head = '', second] = path.split('.');
  return second && head === 'budget' ? `预算：${second}` : (fieldNames[head] ?? path);
}

/** Drops the parsed parts of a value whose text is listed too, so each edit shows once. */
export function listVisibleChanges(changes: FieldChange[]): FieldChange[] {
  return changes.filter((change) => {
    const parts = change.path.split('.');
    const last = parts.at(-1) ?? '';
    const owner = parts.at(-2) ?? '';
    return !((owner === 'target' || owner === 'actual') && parsedValueParts.has(last));
  });
}
