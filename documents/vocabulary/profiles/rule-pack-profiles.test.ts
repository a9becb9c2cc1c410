import { describe, expect, it } from 'vitest';
import { rulePacks } from '../../../core/rule-packs/index.ts';
import { regionProfiles } from './index.ts';

describe('rule packs and reader profiles', () => {
  it('names only registered reader profiles', () => {
    const ids = new Set(regionProfiles.map((profile) => profile.id));
    for (const pack of rulePacks) if (pack.readerProfile !== null) expect(ids.has(pack.readerProfile), pack.name).toBe(true);
  });
});
