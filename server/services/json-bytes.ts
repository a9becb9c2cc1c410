/**
 * JSON written as UTF-8 bytes into one growing buffer, field by field, for answers of tens of
 * thousands of rows (a province's summary: 22,000 rows, 10 MB). JSON.stringify built one string
 * of 8.5 million characters, two bytes each as soon as one Chinese name is in it, and the reply
 * then encoded it to UTF-8 again; here each distinct text is encoded once (unit names, states and
 * kinds repeat) and everything else is ASCII written in place (issue 14, bench/summary-phases.ts).
 * Strings are escaped by JSON.stringify itself, so the bytes parse to what JSON.stringify gave.
 */
export class JsonBytesWriter {
  private bytes: Buffer;
  private length = 0;
  /** The JSON bytes of each text that is not plain ASCII, encoded once per answer. */
  private readonly encoded = new Map<string, Buffer>();

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(Math.max(64, capacity));
  }

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + count));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** Markup the caller knows is ASCII: braces, commas, quoted keys. */
  raw(ascii: string): void {
    this.reserve(ascii.length);
    const { bytes } = this;
    let at = this.length;
    for (let index = 0; index < ascii.length; index += 1) bytes[at++] = ascii.charCodeAt(index);
    this.length = at;
  }

  number(value: number): void {
    this.raw(JSON.stringify(value));
  }

  string(value: string | null): void {
    if (value === null) {
      this.raw('null');
      return;
    }
    // Printable ASCII without a quote or backslash is its own JSON text between quotes.
    let isPlain = true;
    for (let index = 0; index < value.length; index += 1) {
      const code = value.charCodeAt(index);
      if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) {
        isPlain = false;
        break;
      }
    }
    if (isPlain) {
      this.reserve(value.length + 2);
      const { bytes } = this;
      let at = this.length;
      bytes[at++] = 0x22;
      for (let index = 0; index < value.length; index += 1) bytes[at++] = value.charCodeAt(index);
      bytes[at++] = 0x22;
      this.length = at;
      return;
    }
    let text = this.encoded.get(value);
    if (!text) {
      text = Buffer.from(JSON.stringify(value), 'utf8');
      this.encoded.set(value, text);
    }
    this.reserve(text.length);
    text.copy(this.bytes, this.length);
    this.length += text.length;
  }

  /** A JSON array of the items, each written by `write`. */
  array<Item>(items: readonly Item[], write: (item: Item) => void): void {
    this.raw('[');
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) this.raw(',');
      write(items[index]!);
    }
    this.raw(']');
  }

  /** The bytes written (a view of the buffer, not a copy). */
  toBuffer(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}
