/** Changed fields in words a clerk reads (row, indicator, field), for the 409 dialog and the history. */
import type { FieldChange } from '../../core/audit/diff-documents.ts';

/** Paths in words come from the one mapping in core (core/audit/describe-path.ts). */
export { describeFieldPath as describeChangePath, describeChangeValue } from '../../core/audit/describe-path.ts';

/** Parsed parts of a value (operator, number, unit …) follow its text; only the text is shown. */
const parsedValueParts = new Set(['operator', 'value', 'unit', 'direction', 'change', 'qualitative']);

/** Drops the parsed parts of a value whose text is listed too, so each edit shows once. */
export function listVisibleChanges(changes: FieldChange[]): FieldChange[] {
  return changes.filter((change) => {
    const parts = change.path.split('.');
    const last = parts.at(-1) ?? '';
    const owner = parts.at(-2) ?? '';
    return !((owner === 'target' || owner === 'actual') && parsedValueParts.has(last));
  });
}
