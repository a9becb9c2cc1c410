import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createResponseSerializerCompiler, findUndeclaredFields } from './response-serializer.ts';

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
