/**
 * GBK bytes of a text, for tests of files saved by Notepad or Excel on a Chinese Windows. TextEncoder
 * writes only UTF-8, so each character's two-byte code is found by decoding (cached per character).
 */
const codes = new Map<string, number[]>();
const decoder = new TextDecoder('gb18030');

export function encodeGbk(value: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of value) {
    if (character.charCodeAt(0) < 0x80) bytes.push(character.charCodeAt(0));
    else bytes.push(...codeOf(character));
  }
  return new Uint8Array(bytes);
}

function codeOf(character: string): number[] {
  const known = codes.get(character);
  if (known) return known;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      if (decoder.decode(new Uint8Array([lead, trail])) === character) {
        codes.set(character, [lead, trail]);
        return [lead, trail];
      }
    }
  }
  throw new Error(`no two-byte GBK code for ${character}`);
}
