import type { Finding, PerformanceDocument } from '../../core/model.ts';
import { loadDocument } from '../load-document.ts';

const severityNames: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const severityOrder: Finding['severity'][] = ['error', 'warning', 'info'];

/** `jixiao check <file>`: the findings, most serious first, with where to look. */
export async function runCheck({ file }: { file: string }): Promise<{ output: string; hasErrors: boolean }> {
  const document = await loadDocument(file);
  return { output: formatFindings(document), hasErrors: document.findings.some((f) => f.severity === 'error') };
}

/** Findings as lines for people: severity, code, message, and line / place in the model. */
export function formatFindings(document: PerformanceDocument): string {
  if (document.findings.length === 0) return '未发现问题。';
  const sorted = [...document.findings].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || (a.line ?? 0) - (b.line ?? 0),
  );
  const lines = sorted.map((finding) => {
    const where = [finding.line ? `第${finding.line}行` : '', finding.path].filter(Boolean).join(' ');
    return `[${severityNames[finding.severity]}] ${finding.code}：${finding.message}${where ? `（${where}）` : ''}`;
  });
  const counts = severityOrder.map((s) => `${severityNames[s]} ${sorted.filter((f) => f.severity === s).length}`);
  return [...lines, '', `共 ${sorted.length} 项：${counts.join('，')}`].join('\n');
}
