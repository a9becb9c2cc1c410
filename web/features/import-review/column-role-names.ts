/** The roles a column can take, with the vocabulary's own header word as the name people read. */
import { columnRoles, describeColumnRole, type ColumnRole } from '../../../documents/vocabulary/columns.ts';

export const ignoredColumn = 'ignored';

export const columnRoleOptions: Array<{ value: ColumnRole | typeof ignoredColumn; label: string }> = [
  { value: ignoredColumn, label: '（不读取）' },
  ...columnRoles.map((role) => ({ value: role, label: describeColumnRole(role) })),
];

export function describeRole(role: ColumnRole | null): string {
  return role === null ? '（不读取）' : describeColumnRole(role);
}
