/**
 * ASCII bytes written straight into one growing buffer. The summary sheet is some 6 MB of XML
 * for a province; built as strings it cost more in concatenation, flattening and garbage than the
 * compression did (bench/summary-phases.ts, CPU profile).
 */
export class AsciiWriter {
  private bytes: Buffer;
  private length = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(Math.max(64, capacity));
  }

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + count));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** Bytes prepared once (asciiBytes, or any text's UTF-8 bytes). */
  raw(fragment: Uint8Array): void {
    this.reserve(fragment.length);
    const { bytes } = this;
    let at = this.length;
    // A byte loop beats set() for the short fragments of markup; long ones are copied whole.
    if (fragment.length > 64) {
      bytes.set(fragment, at);
      at += fragment.length;
    } else for (let index = 0; index < fragment.length; index += 1) bytes[at++] = fragment[index]!;
    this.length = at;
  }

  /** Text of ASCII characters only (numbers as JavaScript writes them, markup). */
  text(ascii: string): void {
    this.reserve(ascii.length);
    const { bytes } = this;
    let at = this.length;
    for (let index = 0; index < ascii.length; index += 1) bytes[at++] = ascii.charCodeAt(index);
    this.length = at;
  }

  /** A number as String(value) writes it; whole non-negative numbers digit by digit, without a string. */
  number(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
    this.reserve(digits);
    let rest = value;
    for (let at = this.length + digits - 1; at >= this.length; at -= 1) {
      this.bytes[at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += digits;
  }

  /** How many bytes are written so far. */
  get size(): number {
    return this.length;
  }

  /** The bytes written (a view of the buffer, not a copy). */
  toBuffer(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}

export function asciiBytes(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}
