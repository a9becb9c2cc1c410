/**
 * The text of a text file as people here save it: UTF-8 (with or without its BOM), UTF-16 from
 * Notepad's "Unicode", or GB18030/GBK, which Notepad and Excel on a Chinese Windows write by default
 * ("ANSI", a .csv from Excel). UTF-8 is tried strictly first: GBK bytes are almost never valid UTF-8,
 * so a file that is valid UTF-8 is read as such. Used by the browser (before a text upload) and by
 * the server's importer, so both read a file the same way.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK and GB2312) when it decodes, else UTF-8 with replacement marks.
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return stripBom(new TextDecoder('utf-8').decode(bytes));
  }
}

function stripBom(text: string): string {
  return text.replace(/^\ufeff/, '');
}

/**
 * Bytes in the charset a file names (a web page's meta, an XML declaration, a MIME part's header):
 * the GBK family as GB18030 (its superset), Big5, UTF-8; null for a charset not named or not one of those.
 */
export function decodeNamedCharset(bytes: Uint8Array, charset: string | undefined): string | null {
  const name = charset?.toLowerCase();
  if (!name) return null;
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936)$/.test(name)) return new TextDecoder('gb18030').decode(bytes);
  if (/^(big5|big5-hkscs)$/.test(name)) return new TextDecoder('big5').decode(bytes);
  if (/^utf-?8$/.test(name)) return decodeTextBytes(bytes);
  return null;
}

/**
 * A file that may name its charset (a web page's meta, an XML declaration): a byte-order mark wins,
 * else the charset it names, else decodeTextBytes.
 */
export function decodeDeclaredText(bytes: Uint8Array, declared: string | undefined): string {
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff;
  return (hasBom ? null : decodeNamedCharset(bytes, declared)) ?? decodeTextBytes(bytes);
}
