/**
 * JSON written as UTF-8 bytes into one growing buffer, field by field, for answers of tens of
 * thousands of rows (a province's summary: 22,000 rows, 10 MB). JSON.stringify built one string
 * of 8.5 million characters, two bytes each as soon as one Chinese name is in it, and the reply
 * then encoded it to UTF-8 again; here each distinct text is encoded once (unit names, states and
 * kinds repeat) and everything else is ASCII written in place (issue 14, bench/summary-phases.ts).
 * Strings are escaped by JSON.stringify itself, so the bytes parse to what JSON.stringify gave.
 * The buffer is the summary workbook's (documents/summary/ascii-writer.ts).
 */
import { AsciiWriter } from '../../documents/summary/ascii-writer.ts';

export class JsonBytesWriter {
  private readonly out: AsciiWriter;
  /** The JSON bytes of each text that is not plain ASCII, encoded once per answer. */
  private readonly encoded = new Map<string, Buffer>();

  constructor(capacity: number) {
    this.out = new AsciiWriter(capacity);
  }

  /** Markup the caller knows is ASCII: braces, commas, quoted keys. */
  raw(ascii: string): void {
    this.out.text(ascii);
  }

  number(value: number): void {
    // JSON has no NaN or Infinity: JSON.stringify writes null.
    if (Number.isFinite(value)) this.out.number(value);
    else this.out.text('null');
  }

  string(value: string | null): void {
    if (value === null) {
      this.out.text('null');
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
      this.out.text('"');
      this.out.text(value);
      this.out.text('"');
      return;
    }
    let text = this.encoded.get(value);
    if (!text) {
      text = Buffer.from(JSON.stringify(value), 'utf8');
      this.encoded.set(value, text);
    }
    this.out.raw(text);
  }

  /** A JSON array of the items, each written by `write`. */
  array<Item>(items: readonly Item[], write: (item: Item) => void): void {
    this.out.text('[');
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) this.out.text(',');
      write(items[index]!);
    }
    this.out.text(']');
  }

  /** How many bytes are written so far. */
  get size(): number {
    return this.out.size;
  }

  /** The bytes written (a view of the buffer, not a copy). */
  toBuffer(): Buffer {
    return this.out.toBuffer();
  }
}
