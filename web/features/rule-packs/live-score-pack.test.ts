import { describe, expect, test } from 'vitest';
import { choosePackForLiveScore } from './live-score-pack.ts';

describe('choosePackForLiveScore', () => {
  test('an editable draft scores by the pack the server names now, not the one recorded at its last save', () => {
    expect(choosePackForLiveScore({ rulePack: 'execution-20', recorded: 'national@1', isEditable: true }).name).toBe('execution-20');
  });

  test('a document that can no longer change shows the pack its stored scores came from', () => {
    expect(choosePackForLiveScore({ rulePack: 'execution-20', recorded: 'grades-80-70-60@1', isEditable: false }).name).toBe('grades-80-70-60');
  });

  test('without a known recorded pack, or a known current one, it falls back in that order to the national default', () => {
    expect(choosePackForLiveScore({ rulePack: 'sichuan-60-30', recorded: undefined, isEditable: false }).name).toBe('sichuan-60-30');
    expect(choosePackForLiveScore({ rulePack: 'atlantis', recorded: 'atlantis@9', isEditable: true }).name).toBe('national');
  });
});
