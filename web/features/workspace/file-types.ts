/**
 * Which files the upload card reads. A picture dropped on it was sent as text and came back as
 * "内容中含有空字符（U+0000…）", which tells a clerk nothing; the refusal says what to do instead,
 * before anything is sent. Old Office and WPS files (.xls, .doc, .et, .wps) are read: the server
 * converts them with LibreOffice (documents/legacy-office), and says so where it cannot. A web page
 * saved from the browser (.html, .htm), or as one file by Word/Excel/WPS/IE (.mht), is read on the
 * server with its charset (documents/html). An .ofd (the national fixed-layout format some bureaus
 * publish and archive in) is read on the server as a PDF is (documents/ofd). OpenDocument files
 * (.ods, .odt) and Office's macro and template variants are read as they are. A photo or scan of a
 * table as .png/.jpg, or a scan as .tif (one page or many), is read by OCR where the server has
 * tesseract (documents/ocr); other picture formats are refused here.
 */

/**
 * Files read on the server as they are (Office, OpenDocument, PDF, OFD, web pages, Office XML; the
 * import review screen shows them): the server's import extensions but its text ones
 * (documents/import-file.ts; a test keeps the two lists equal).
 */
export const reviewedExtensions = [
  '.xlsx', '.xlsm', '.xltx', '.xltm', '.docx', '.docm', '.dotx', '.dotm',
  '.pdf', '.ofd', '.html', '.htm', '.mht', '.mhtml',
  '.ods', '.odt', '.fods', '.fodt', '.xml',
  '.xls', '.xlt', '.et', '.ett', '.doc', '.dot', '.wps', '.wpt',
  '.png', '.jpg', '.jpeg', '.tif', '.tiff',
] as const;

/** The extensions the card reads (also its `accept`): text files and the reviewed ones. */
export const readableExtensions = ['.txt', '.text', '.md', '.csv', ...reviewedExtensions] as const;

const pictures = new Set(['.gif', '.bmp', '.heic', '.webp']);

function extensionOf(fileName: string): string {
  const match = /\.[^.\\/]+$/.exec(fileName.trim().toLowerCase());
  return match ? match[0] : '';
}

/** Why a file cannot be read (in Chinese, with what to do), or null when it can. */
export function describeUnreadableFile(fileName: string): string | null {
  const extension = extensionOf(fileName);
  if ((readableExtensions as readonly string[]).includes(extension)) return null;
  if (pictures.has(extension)) return `“${fileName}”是无法读取的图片格式：请另存为 JPG 或 PNG，或上传原始的 Excel、Word 或 PDF 文件。`;
  return `无法读取“${fileName}”：请上传 Excel（.xlsx、.xls）、Word（.docx、.doc）、WPS、OpenDocument（.ods、.odt）、PDF、OFD、网页（.html、.mht）或文本（.txt、.csv）文件。`;
}
