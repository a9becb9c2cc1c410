/**
 * Response serialisation from the routes' zod schemas. fastify-type-provider-zod's own serializer
 * encodes every response through zod before JSON.stringify; for a document (~60 KB, 80+
 * indicators) that was the largest cost of a read (bench/api.bench.ts, CPU profile). So:
 * - 'checked' (tests, development): the response must match its schema, and must not carry a
 *   field the schema does not declare, or the request fails with 500. The bytes sent are the
 *   plain JSON.stringify of what the handler returned, exactly as in production, so a test sees
 *   what a client would see.
 * - 'fast' (production): JSON.stringify only. The response mappers (services/documents/
 *   document-view.ts and their kind) are the one place fields are chosen; 'checked' mode
 *   guarantees in every route test that they choose nothing the schema does not publish.
 * The same schemas still generate OpenAPI (openapi.ts).
 */
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { $ZodType, safeEncode } from 'zod/v4/core';
import { JsonText } from '../services/json-text.ts';

export type ResponseCheck = 'checked' | 'fast';

function resolveSchema(schema: unknown): $ZodType {
  if (schema instanceof $ZodType) return schema;
  if (typeof schema === 'object' && schema !== null && 'properties' in schema && schema.properties instanceof $ZodType) return schema.properties;
  throw new Error(`response schema is not a zod schema: ${JSON.stringify(schema)}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Paths of fields present in `sent` but absent from `declared` (zod's output, which drops
 * undeclared keys of non-loose objects). Fields set to undefined are not sent, so not counted.
 */
export function findUndeclaredFields(sent: unknown, declared: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(declared)) {
    return sent.flatMap((item, index) => findUndeclaredFields(item, declared[index], `${path}[${index}]`));
  }
  if (!isPlainObject(sent) || !isPlainObject(declared)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    const fieldPath = path ? `${path}.${key}` : key;
    if (value === undefined) return [];
    if (!(key in declared)) return [fieldPath];
    return findUndeclaredFields(value, declared[key], fieldPath);
  });
}

/** Unguessable per process, so no string a user wrote can pose as a placeholder. */
const placeholderPrefix = `json-text-${randomUUID()}:`;
const placeholderPattern = new RegExp(`"${placeholderPrefix}([^"]+)"`, 'g');

/**
 * The last response built around each body's bytes, with the JSON of its other fields. A read of
 * a 40 KB document copied its body into a new 40 KB buffer per request; that copy, the fresh
 * allocation and its garbage were ≈ 10 % of a PostgreSQL read's server CPU under load
 * (node --cpu-prof of the API bench's read line). A response is a function of those two alone, so
 * when both are the same as last time (the same reader type reading the same version again) the
 * bytes already built are sent. Keyed weakly by the body's Buffer, which body-bytes-cache.ts keeps
 * one per document version: an entry goes when its body is evicted, and at most doubles that
 * cache's memory.
 */
const lastResponses = new WeakMap<Buffer, { json: string; bytes: Buffer }>();

/**
 * JSON.stringify, with top-level JsonText fields spliced in as the text they hold; a Buffer (UTF-8
 * bytes) when one of them holds bytes, so the body's bytes are copied once and never re-encoded.
 */
export function stringifyResponse(data: unknown): string | Buffer {
  if (!isPlainObject(data)) return JSON.stringify(data);
  const texts = new Map<string, string | Buffer>();
  for (const [key, value] of Object.entries(data)) if (value instanceof JsonText) texts.set(key, value.text);
  if (texts.size === 0) return JSON.stringify(data);
  const withPlaceholders = { ...data };
  for (const key of texts.keys()) withPlaceholders[key] = `${placeholderPrefix}${key}`;
  const json = JSON.stringify(withPlaceholders);
  if ([...texts.values()].every((text) => typeof text === 'string'))
    return json.replace(placeholderPattern, (placeholder, key: string) => (texts.get(key) as string | undefined) ?? placeholder);
  const [onlyText] = texts.size === 1 ? texts.values() : [];
  if (Buffer.isBuffer(onlyText)) {
    const last = lastResponses.get(onlyText);
    if (last?.json === json) return last.bytes;
    const bytes = spliceBytes(json, texts);
    lastResponses.set(onlyText, { json, bytes });
    return bytes;
  }
  return spliceBytes(json, texts);
}

/** `json` with its placeholders replaced by the texts' bytes, as one Buffer. */
function spliceBytes(json: string, texts: Map<string, string | Buffer>): Buffer {
  // split with a capturing group: text, key, text, key, …, text.
  const parts = json.split(placeholderPattern);
  return Buffer.concat(
    parts.map((part, index) => {
      const text = index % 2 === 1 ? texts.get(part) : undefined;
      if (index % 2 === 0 || text === undefined) return Buffer.from(index % 2 === 0 ? part : `"${placeholderPrefix}${part}"`);
      return typeof text === 'string' ? Buffer.from(text) : text;
    }),
  );
}

/** The response as a client will read it: JsonText fields parsed (for checking only). */
function parseJsonTexts(data: unknown): unknown {
  if (!isPlainObject(data)) return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value instanceof JsonText ? (JSON.parse(value.toJsonString()) as unknown) : value]));
}

// Fastify sends a Buffer as is (reply.js writePayload); its serializer type only names strings.
export function createResponseSerializerCompiler(check: ResponseCheck): FastifySerializerCompiler<unknown> {
  return ({ schema: routeSchema, method, url }) => {
    if (check === 'fast') return stringifyResponse as (data: unknown) => string;
    const schema = resolveSchema(routeSchema);
    return (sent) => {
      const data = parseJsonTexts(sent);
      const result = safeEncode(schema, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      const undeclared = findUndeclaredFields(data, result.data);
      if (undeclared.length > 0) {
        throw new Error(`response of ${method} ${url} carries fields its schema does not declare: ${undeclared.slice(0, 10).join(', ')}`);
      }
      return stringifyResponse(sent) as string;
    };
  };
}
