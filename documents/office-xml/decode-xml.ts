/**
 * The text of an Office XML file (an XML Spreadsheet, a Word XML document) as systems write them:
 * UTF-16 or UTF-8 by a byte-order mark, else the encoding the XML declaration names (GB2312/GBK as
 * GB18030), else UTF-8 tried strictly before GBK (core/decode-text.ts).
 */
import { decodeDeclaredText } from '../../core/decode-text.ts';

/** The first 4 KB as text to look at (which kind of file, which encoding), UTF-16 from its byte-order mark. */
export function decodeXmlHead(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  return head.toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '');
}

/** The whole file's text. */
export function decodeXml(bytes: Buffer): string {
  const declared = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w-]{1,40})["']/i.exec(decodeXmlHead(bytes))?.[1];
  return decodeDeclaredText(bytes, declared);
}
