import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../../core/model.ts';
import { withOrganisationUnit, withOrganisationUnitText } from './organisation-unit.ts';

const organisationName = '示范县公安局';

describe('withOrganisationUnitText', () => {
  it('replaces the top-level unit and leaves an indicator value’s own unit alone', () => {
    const body = {
      kind: 'target-table',
      goals: [{ indicators: [{ target: { unit: '%', text: '≥95%' } }] }],
      unit: '冒名单位',
    };
    const text = withOrganisationUnitText(JSON.stringify(body), organisationName);
    expect(JSON.parse(text)).toEqual({ ...body, unit: organisationName });
  });

  it('keeps the text as it is when the unit is already the organisation’s', () => {
    const text = JSON.stringify({ ...createEmptyDocument('self-evaluation'), unit: organisationName });
    expect(withOrganisationUnitText(text, organisationName)).toBe(text);
  });

  it('adds the unit to a body that has none, empty or not', () => {
    expect(JSON.parse(withOrganisationUnitText('{}', organisationName))).toEqual({ unit: organisationName });
    expect(JSON.parse(withOrganisationUnitText(' { "year" : 2025 } ', organisationName))).toEqual({
      year: 2025,
      unit: organisationName,
    });
  });

  it('is not fooled by quotes, backslashes, brackets or a key "unit" inside strings and nested values', () => {
    const body = {
      functions: 'say "unit":"x" \\',
      '"unit"': '[{',
      list: [{ unit: 'nested' }, '}', ['"']],
      unit: 'a\\"b',
      overallGoal: '\\\\',
    };
    expect(JSON.parse(withOrganisationUnitText(JSON.stringify(body, null, 2), organisationName))).toEqual({
      ...body,
      unit: organisationName,
    });
  });

  it('gives what parse, set and stringify would, for any JSON object (property)', () => {
    const objects = fc.dictionary(
      fc.string().filter((key) => key !== '__proto__'),
      fc.jsonValue(),
      { maxKeys: 8 },
    );
    fc.assert(
      fc.property(
        objects,
        fc.option(fc.string()),
        fc.string(),
        fc.boolean(),
        (object, unit, name, isIndented) => {
          const body = unit === null ? object : { ...object, unit };
          const text = JSON.stringify(body, null, isIndented ? 2 : undefined);
          // Compared as JSON gives it back (fc.jsonValue may hold -0, which JSON writes as 0).
          expect(JSON.parse(withOrganisationUnitText(text, name))).toEqual(
            JSON.parse(JSON.stringify({ ...body, unit: name })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('withOrganisationUnit', () => {
  it('puts the organisation’s name in and keeps a body that already has it', () => {
    const body = { ...createEmptyDocument('target-table'), unit: '冒名单位' };
    expect(withOrganisationUnit(body, organisationName)).toEqual({ ...body, unit: organisationName });
    const own = { ...body, unit: organisationName };
    expect(withOrganisationUnit(own, organisationName)).toBe(own);
  });
});
