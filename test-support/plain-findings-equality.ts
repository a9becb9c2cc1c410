/**
 * Vitest setup: deep equality (toEqual, toStrictEqual, toContainEqual …) sees a lazily worded
 * finding (core/checks/indicator-finding.ts) as the plain finding it stands for. Without this,
 * its message and path — getters on the prototype — would be left out of the comparison, and two
 * findings with different messages would compare equal.
 */
import { expect } from 'vitest';
import { IndicatorFinding, toPlainFinding } from '../core/checks/indicator-finding.ts';
import type { Finding } from '../core/model.ts';

expect.addEqualityTesters([
  function comparePlainFindings(a, b, testers) {
    if (!(a instanceof IndicatorFinding) && !(b instanceof IndicatorFinding)) return undefined;
    const plain = (value: unknown) => (value instanceof IndicatorFinding ? toPlainFinding(value as Finding) : value);
    return this.equals(plain(a), plain(b), testers);
  },
]);
