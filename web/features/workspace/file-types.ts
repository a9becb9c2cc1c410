/**
 * Which files the upload card reads. A picture or an old .xls dropped on it was sent as text and
 * came back as "内容中含有空字符（U+0000…）", which tells a clerk nothing; the refusal says what
 * to do instead, before anything is sent.
 */

/** The extensions the card reads (also its `accept`). */
export const readableExtensions = ['.txt', '.text', '.md', '.csv', '.xlsx', '.docx', '.pdf'] as const;

const oldOfficeFormats: Record<string, string> = { '.xls': '.xlsx', '.doc': '.docx', '.et': '.xlsx', '.wps': '.docx' };
const pictures = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.heic', '.webp']);

function extensionOf(fileName: string): string {
  const match = /\.[^.\\/]+$/.exec(fileName.trim().toLowerCase());
  return match ? match[0] : '';
}

/** Why a file cannot be read (in Chinese, with what to do), or null when it can. */
export function describeUnreadableFile(fileName: string): string | null {
  const extension = extensionOf(fileName);
  if ((readableExtensions as readonly string[]).includes(extension)) return null;
  const newer = oldOfficeFormats[extension];
  if (newer) return `“${fileName}”是旧版格式（${extension}），请在 Excel、Word 或 WPS 中“另存为”${newer} 后再上传。`;
  if (pictures.has(extension)) return `“${fileName}”是图片，无法读取其中的表格。请上传原始的 Excel、Word 或 PDF 文件。`;
  return `无法读取“${fileName}”：请上传 Excel（.xlsx）、Word（.docx）、PDF 或文本（.txt、.csv）文件。`;
}
