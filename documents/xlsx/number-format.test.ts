import { describe, expect, it } from 'vitest';
import { formatCellNumber } from './number-format.ts';

describe('formatCellNumber: a number as the cell shows it', () => {
  it.each([
    // No format, General, integer formats: the stored number exactly.
    [1234.56, undefined, '1234.56'],
    [1234.56, 'General', '1234.56'],
    [1234.56, '#,##0', '1234.56'],
    [0.1 + 0.2, undefined, '0.30000000000000004'],
    // Decimals set by the format.
    [8016.09, '0.00', '8016.09'],
    [95, '0.00', '95.00'],
    [1234.5, '#,##0.00_ ', '1234.50'],
    [1234.5, '#,##0.00_);[Red](#,##0.00)', '1234.50'],
    [2.5, '0.0#', '2.5'],
    [2.25, '0.0#', '2.25'],
    [2, '0.##', '2'],
    // A real percent multiplies; a literal one, quoted (Excel) or escaped (LibreOffice), does not.
    [0.95, '0.00%', '95.00%'],
    [0.955, '0%', '95.5%'],
    [100, '0.00"%"', '100.00%'],
    [100, '0.00\\%', '100.00%'],
    // Literals before and after, quoted or escaped, and a currency's symbol.
    [7897.75, '"其中：一般公共预算："0.00', '其中：一般公共预算：7897.75'],
    [120, '0.00"万元"', '120.00万元'],
    [120, '0.00\\万\\元', '120.00万元'],
    [120, '[$¥-804]#,##0.00', '¥120.00'],
    [120, '[$-804]0.00', '120.00'],
    [120, '[Red]0.00', '120.00'],
    [120, '[>100]0.00;0', '120.00'],
    // A ';' inside quotes or escaped is no section break.
    [5, '0"；;"', '5；;'],
    [5, '0.0\\;', '5.0;'],
    // A date code exceljs did not turn into a date: the stored number only.
    [45000, 'yyyy"年"m"月"d"日"', '45000'],
  ] as const)('%s under %s → %s', (value, format, expected) => {
    expect(formatCellNumber(value, format)).toBe(expected);
  });
});
