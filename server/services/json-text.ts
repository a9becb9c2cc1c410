/**
 * A value that is already JSON text (a stored document body), sent as is. Reading a document
 * parsed tens of KB from the database only to stringify them again for the response; the HTTP
 * serializer (http/response-serializer.ts) splices this text in instead. Only as a top-level
 * field of a response.
 */
export class JsonText {
  constructor(readonly text: string) {}
}
