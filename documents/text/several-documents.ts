/**
 * A page that publishes several tables of one kind one after another (a unit's 项目支出绩效自评表
 * for each of its projects on one web page, Sichuan and Anhui county sites 2021–2024): the first
 * table is the document; the others would otherwise be read into it (their indicators added, their
 * 总分 taken). The text is cut where the next table opens — a title of the same kind after an
 * indicator header, followed within a few lines by a header label (项目名称 …) of its own — and the
 * cut is reported, so nothing is dropped silently.
 */
import type { DocumentKind, Finding } from '../../core/model.ts';
import { trimBoth } from '../../core/trim-characters.ts';
import { headerLabels } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { findTitleKind } from './title.ts';
import { compact } from './normalize.ts';
import { tableTitle as monitoringTableTitle } from '../monitoring/vocabulary.ts';

/** An indicator header line: the table of the first document has started. */
const INDICATOR_HEADER = /一级指标|三级指标|指标名称/;
const LONGEST_TITLE = 80;
/** How many lines after the next title its header block must start (a title repeated over a page break has none). */
const HEADER_BLOCK_LINES = 6;

const headerLabelKeys = headerLabels.filter((label) => label.field !== 'ignored' && label.field !== 'year').flatMap((label) => label.labels.map(labelKey));

function isHeaderLabelLine(line: string): boolean {
  const key = labelKey(line);
  return headerLabelKeys.some((label) => key.startsWith(label));
}

function titleKindOf(line: string): DocumentKind | null {
  const text = trimBoth(line, '|', { isWhitespaceTrimmed: true });
  if (text === '' || text.length > LONGEST_TITLE || /\t/.test(text)) return null;
  // Monitoring titles (项目支出绩效监控表) have their own vocabulary (documents/monitoring).
  return monitoringTableTitle.test(compact(text)) ? 'monitoring' : findTitleKind(text);
}

/** The lines of the first document, and a finding when more documents of the kind follow it. */
export function cutAtNextDocument(lines: readonly string[], kind: DocumentKind): { lines: readonly string[]; finding: Finding | null } {
  if (kind === 'evaluation-report') return { lines, finding: null };
  let hasTable = false;
  for (const [index, line] of lines.entries()) {
    if (!hasTable) {
      // Header words spread over their cell ("一 级 指 标") are found too.
      hasTable = INDICATOR_HEADER.test(line.includes(' ') ? line.replace(/ /g, '') : line);
      continue;
    }
    if (titleKindOf(line) !== kind) continue;
    const after = lines.slice(index + 1, index + 1 + HEADER_BLOCK_LINES);
    if (!after.some(isHeaderLabelLine)) continue;
    return {
      lines: lines.slice(0, index),
      finding: {
        severity: 'warning',
        code: 'several-documents',
        message: `文件中有不止一张同类表（第${index + 1}行起是下一张），只读入了第一张：其余各表请分别上传。`,
        path: '',
        line: index + 1,
      },
    };
  }
  return { lines, finding: null };
}
