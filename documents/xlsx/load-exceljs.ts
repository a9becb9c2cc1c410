/**
 * exceljs, loaded on first use (a command that reads a .txt file never pays for it, issue 14 item
 * 5), with one correction to how it reads number formats: it drops every backslash of a format
 * code ('0.00\%' → '0.00%'), so LibreOffice's literal percent sign, which shows 100 as "100.00%",
 * became a real percent, which shows it as "10000.00%" (a 执行率 of 100 read as 10000). An escaped
 * % is kept as the quoted literal Excel itself writes ('0.00"%"'), which means the same and
 * survives; other escaped characters mean what they show either way (number-format.ts).
 */
import type ExcelJS from 'exceljs';

interface NumFmtXformPrototype {
  parseOpen(this: { model?: unknown }, node: { name: string; attributes: Record<string, string> }): boolean;
}

let loading: Promise<typeof ExcelJS> | null = null;

/** Rewrites '\%' (an escaped, literal percent sign) as '"%"' before exceljs drops the backslash; '\\' stays an escaped backslash. */
export function quoteEscapedPercent(formatCode: string): string {
  return formatCode.replace(/\\(.)/g, (escape: string, char: string) => (char === '%' ? '"%"' : escape));
}

async function loadPatched(): Promise<typeof ExcelJS> {
  const excel = (await import('exceljs')).default;
  // exceljs 4.4's reader of <numFmt formatCode="…"> (lib/xlsx/xform/style/numfmt-xform.js).
  const xform = (await import('exceljs/lib/xlsx/xform/style/numfmt-xform.js' as string)) as { default: { prototype: NumFmtXformPrototype } };
  const prototype = xform.default.prototype;
  const parseOpen = prototype.parseOpen;
  prototype.parseOpen = function (node) {
    const formatCode = node.attributes.formatCode;
    if (node.name === 'numFmt' && typeof formatCode === 'string' && formatCode.includes('\\%')) {
      return parseOpen.call(this, { ...node, attributes: { ...node.attributes, formatCode: quoteEscapedPercent(formatCode) } });
    }
    return parseOpen.call(this, node);
  };
  return excel;
}

/** A new workbook to load a file into. */
export async function createWorkbook(): Promise<ExcelJS.Workbook> {
  loading ??= loadPatched();
  return new (await loading).Workbook();
}
