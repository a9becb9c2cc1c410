import { describe, expect, test } from 'vitest';
import { keepWithinMinute } from './store-edited-body.ts';

describe('the updated_at a save writes (kept while the clock is in its minute)', () => {
  test.each([
    ['the same minute, later', '2026-12-07T10:31:05.120Z', '2026-12-07T10:31:59.999Z', '2026-12-07T10:31:05.120Z'],
    ['the same instant', '2026-12-07T10:31:05.120Z', '2026-12-07T10:31:05.120Z', '2026-12-07T10:31:05.120Z'],
    ['the next minute', '2026-12-07T10:31:59.999Z', '2026-12-07T10:32:00.000Z', '2026-12-07T10:32:00.000Z'],
    ['the same minute of another hour', '2026-12-07T09:31:05.000Z', '2026-12-07T10:31:06.000Z', '2026-12-07T10:31:06.000Z'],
    ['the same minute of another day', '2026-12-06T10:31:05.000Z', '2026-12-07T10:31:06.000Z', '2026-12-07T10:31:06.000Z'],
    // Written by another instance whose clock is a little ahead: kept, so the time does not run back within its minute.
    ['stored ahead of the clock in its minute', '2026-12-07T10:31:40.000Z', '2026-12-07T10:31:10.000Z', '2026-12-07T10:31:40.000Z'],
  ])('%s', (_, storedAt, now, written) => {
    expect(keepWithinMinute(storedAt, now)).toBe(written);
  });
});
