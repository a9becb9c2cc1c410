/**
 * Which files the upload card reads. A picture dropped on it was sent as text and came back as
 * "内容中含有空字符（U+0000…）", which tells a clerk nothing; the refusal says what to do instead,
 * before anything is sent. Old Office and WPS files (.xls, .doc, .et, .wps) are read: the server
 * converts them with LibreOffice (documents/legacy-office), and says so where it cannot. A web page
 * saved from the browser (.html, .htm), or as one file by Word/Excel/WPS/IE (.mht), is read on the
 * server with its charset (documents/html). An .ofd (the national fixed-layout format some bureaus
 * publish and archive in) is read on the server as a PDF is (documents/ofd).
 */

/** The extensions the card reads (also its `accept`). */
export const readableExtensions = ['.txt', '.text', '.md', '.csv', '.xlsx', '.docx', '.pdf', '.ofd', '.html', '.htm', '.mht', '.mhtml', '.xls', '.doc', '.et', '.wps'] as const;

const pictures = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.heic', '.webp']);

function extensionOf(fileName: string): string {
  const match = /\.[^.\\/]+$/.exec(fileName.trim().toLowerCase());
  return match ? match[0] : '';
}

/** Why a file cannot be read (in Chinese, with what to do), or null when it can. */
export function describeUnreadableFile(fileName: string): string | null {
  const extension = extensionOf(fileName);
  if ((readableExtensions as readonly string[]).includes(extension)) return null;
  if (pictures.has(extension)) return `“${fileName}”是图片，无法读取其中的表格。请上传原始的 Excel、Word 或 PDF 文件。`;
  return `无法读取“${fileName}”：请上传 Excel（.xlsx、.xls）、Word（.docx、.doc）、WPS、PDF、OFD、网页（.html、.mht）或文本（.txt、.csv）文件。`;
}
