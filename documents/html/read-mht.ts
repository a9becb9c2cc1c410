/**
 * Reads a "单个文件网页" (.mht, .mhtml: MIME HTML) into text lines: what Word, Excel and WPS write when
 * a table is saved as one web page file, what Internet Explorer saved a finance bureau's page as,
 * and what some systems export under a .doc or .xls name. The file is a MIME message; its first
 * text/html part, decoded from quoted-printable or base64 in the charset its header names, is read
 * as a web page (read-html.ts). The pictures and style sheets of the other parts are never read.
 */
import { decodeNamedCharset } from '../../core/decode-text.ts';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { decodeHtmlBytes, readHtmlText } from './read-html.ts';

/** Whether bytes are a MIME HTML file: MIME headers naming a multipart/related body in the first 4 KB. */
export function isMht(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '');
  return /^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related/im.test(head);
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Headers (folded lines joined) and the body after the first blank line. */
function splitPart(text: string): Part {
  const end = /\r?\n\r?\n/.exec(text);
  const headerText = end ? text.slice(0, end.index) : text;
  const headers = new Map<string, string>();
  let last = '';
  for (const line of headerText.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return { headers, body: end ? text.slice(end.index + end[0].length) : '' };
}

/** A header's parameter (boundary, charset), quoted or not. */
function parameter(header: string | undefined, name: string): string | undefined {
  for (const piece of (header ?? '').split(';').slice(1)) {
    const equals = piece.indexOf('=');
    if (equals < 0 || piece.slice(0, equals).trim().toLowerCase() !== name) continue;
    return piece.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}

/** Quoted-printable (RFC 2045) to bytes: soft line breaks removed, =XX as a byte; the text is latin1, one char a byte. */
export function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char !== 0x3d) {
      bytes.push(char & 0xff);
      continue;
    }
    const next = text.slice(index + 1, index + 3);
    if (next.startsWith('\r\n')) index += 2;
    else if (next.startsWith('\n')) index += 1;
    else if (/^[0-9A-Fa-f]{2}$/.test(next)) {
      bytes.push(Number.parseInt(next, 16));
      index += 2;
    } else bytes.push(char);
  }
  return Buffer.from(bytes);
}

/** The bytes of a part's body by its transfer encoding. */
function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body, 'latin1');
}

/** The html part's text in the charset its header names, else as a web page is decoded (its meta charset, UTF-8, GBK). */
function decodeHtmlPart(bytes: Buffer, charset: string | undefined): string {
  return decodeNamedCharset(bytes, charset) ?? decodeHtmlBytes(bytes);
}

/** The web page of a .mht file, decoded (its html part in the charset it names). */
export function readMhtPage(bytes: Buffer): string {
  const notMht = new ImportError('damaged-file', '无法读取该单个文件网页（.mht，内容不完整或已损坏）：请用 Word/Excel/WPS 打开后另存为 .docx/.xlsx 再导入');
  // One char a byte: the parts' own charsets decide how their bytes are read.
  const message = splitPart(bytes.toString('latin1').replace(/^\u00EF\u00BB\u00BF/, ''));
  const boundary = parameter(message.headers.get('content-type'), 'boundary');
  if (!boundary) throw notMht;
  const parts = message.body.split(`--${boundary}`).slice(1).map((piece) => splitPart(piece.replace(/^\r?\n/, '')));
  const html = parts.find((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  if (!html) throw notMht;
  const charset = parameter(html.headers.get('content-type'), 'charset');
  return decodeHtmlPart(decodeBody(html), charset);
}

/** The text lines of a .mht file's web page. */
export async function readMhtLines(bytes: Buffer, limits: ImportLimits): Promise<string[]> {
  return readHtmlText(readMhtPage(bytes), limits);
}
