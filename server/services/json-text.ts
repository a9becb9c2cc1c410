/**
 * A value that is already JSON text (a stored document body), sent as is. Reading a document
 * parsed tens of KB from the database only to stringify them again for the response; the HTTP
 * serializer (http/response-serializer.ts) splices this text in instead. Only as a top-level
 * field of a response. As UTF-8 bytes (a Buffer), the response goes out as bytes: no string is
 * built or encoded per request (the document read keeps its body's bytes, body-bytes-cache.ts).
 * Bytes given here must never change afterwards: the serializer keeps the last response built
 * around them and sends it again while the other fields are the same.
 */
export class JsonText {
  constructor(readonly text: string | Buffer) {}

  /** The JSON text as a string (checking a response in tests and development). */
  toJsonString(): string {
    return typeof this.text === 'string' ? this.text : this.text.toString('utf8');
  }
}
