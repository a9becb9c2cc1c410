import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonText } from '../services/json-text.ts';
import { createResponseSerializerCompiler, findUndeclaredFields, stringifyResponse } from './response-serializer.ts';

const schema = z.object({ id: z.string(), items: z.array(z.object({ name: z.string() })), extra: z.object({}).loose().optional() });
const compile = (check: 'checked' | 'fast') => createResponseSerializerCompiler(check)({ schema, method: 'GET', url: '/things' });

describe('findUndeclaredFields', () => {
  it.each([
    { case: 'nothing extra', sent: { id: 'a', items: [{ name: 'x' }] }, expected: [] },
    { case: 'a top-level field', sent: { id: 'a', items: [], passwordHash: 'h' }, expected: ['passwordHash'] },
    { case: 'a field inside an array item', sent: { id: 'a', items: [{ name: 'x', secret: 1 }] }, expected: ['items[0].secret'] },
    { case: 'a field set to undefined (not sent)', sent: { id: 'a', items: [], hidden: undefined }, expected: [] },
    { case: 'fields of a loose object', sent: { id: 'a', items: [], extra: { anything: 1 } }, expected: [] },
  ])('reports $case', ({ sent, expected }) => {
    expect(findUndeclaredFields(sent, schema.parse(sent))).toEqual(expected);
  });
});

describe('createResponseSerializerCompiler', () => {
  it('sends the same bytes in both modes for a response that matches its schema', () => {
    const data = { items: [{ name: '指标' }], id: 'a' };
    expect(compile('checked')(data)).toBe(JSON.stringify(data));
    expect(compile('fast')(data)).toBe(JSON.stringify(data));
  });

  it('refuses, when checked, a response with a field its schema does not declare', () => {
    expect(() => compile('checked')({ id: 'a', items: [], passwordHash: 'h' })).toThrow(/passwordHash/);
  });

  it('refuses, when checked, a response that does not match its schema', () => {
    expect(() => compile('checked')({ id: 1, items: [] })).toThrow();
  });
});

describe('stringifyResponse', () => {
  it('splices a top-level JsonText in as the JSON it holds', () => {
    const body = { goals: [{ name: '目标一 "引号"' }], total: '9.50' };
    const sent = stringifyResponse({ id: 'a', body: new JsonText(JSON.stringify(body)), version: 2 });
    expect(JSON.parse(String(sent))).toEqual({ id: 'a', body, version: 2 });
  });

  it('sends bytes when a JsonText holds UTF-8 bytes, the same JSON as from text', () => {
    const body = { goals: [{ name: '目标一 "引号" ≥95%' }], unit: '某某局' };
    const data = { id: 'a', body: new JsonText(Buffer.from(JSON.stringify(body))), title: '标题', version: 2 };
    const sent = stringifyResponse(data);
    expect(Buffer.isBuffer(sent)).toBe(true);
    expect(JSON.parse(String(sent))).toEqual({ id: 'a', body, title: '标题', version: 2 });
    expect(String(sent)).toBe(String(stringifyResponse({ ...data, body: new JsonText(JSON.stringify(body)) })));
  });

  it('sends what the fields hold now when the same body bytes are sent again with other fields', () => {
    const bytes = Buffer.from(JSON.stringify({ goals: [{ name: '目标一' }], unit: '某某局' }));
    const response = (allowedActions: string[], version: number) => ({ id: 'a', body: new JsonText(bytes), allowedActions, version });
    const fresh = (data: ReturnType<typeof response>) => String(stringifyResponse({ ...data, body: new JsonText(bytes.toString('utf8')) }));
    const reads = [response(['edit', 'submit'], 2), response(['edit', 'submit'], 2), response([], 2), response(['edit', 'submit'], 3), response(['edit', 'submit'], 2)];
    for (const data of reads) expect(String(stringifyResponse(data))).toBe(fresh(data));
    expect(JSON.parse(String(stringifyResponse(reads[2]!)))).toMatchObject({ allowedActions: [], version: 2 });
  });

  it('leaves a string that looks like a placeholder alone', () => {
    const data = { id: 'json-text-body', body: new JsonText('[1]'), note: '"json-text-x:body"' };
    expect(JSON.parse(String(stringifyResponse(data)))).toEqual({ id: 'json-text-body', body: [1], note: '"json-text-x:body"' });
  });

  it('checks the parsed JsonText against the schema in checked mode', () => {
    const compiled = createResponseSerializerCompiler('checked')({ schema: z.object({ body: z.object({ n: z.number() }) }), method: 'GET', url: '/x' });
    expect(JSON.parse(compiled({ body: new JsonText('{"n":1}') }))).toEqual({ body: { n: 1 } });
    expect(() => compiled({ body: new JsonText('{"n":1,"secret":2}') })).toThrow(/body\.secret/);
  });
});
