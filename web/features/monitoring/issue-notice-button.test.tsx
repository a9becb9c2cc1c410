// @vitest-environment jsdom
/** 下发整改 only on a submitted table; on a draft the button is disabled and says what it waits for. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundEntry } from '../../../contract/monitoring-rounds.ts';
import { IssueNoticeButton } from './issue-notice-button.tsx';

afterEach(cleanup);

function entry(state: RoundEntry['state']): RoundEntry {
  return {
    organisationId: 'unit-1',
    organisationName: '第一单位',
    project: null,
    documentId: 'd-1',
    state,
    stateName: null,
    budgetLight: null,
    targetLight: null,
    executionRate: null,
    timeProgress: null,
    daysOverdue: 0,
    isLate: false,
    lastRemindedAt: null,
    conclusion: null,
    conclusionName: null,
    conclusionNote: null,
  };
}

describe('IssueNoticeButton', () => {
  it('opens the notice for a submitted or reviewed table', () => {
    for (const state of ['submitted', 'supervisor-reviewed', 'finance-reviewed'] as const) {
      const onIssue = vi.fn();
      render(<IssueNoticeButton entry={entry(state)} onIssue={onIssue} />);
      fireEvent.click(screen.getByRole('button', { name: '下发整改' }));
      expect(onIssue).toHaveBeenCalledTimes(1);
      cleanup();
    }
  });

  it('is disabled on a draft and on a returned table, saying what it waits for', () => {
    const onIssue = vi.fn();
    render(<IssueNoticeButton entry={entry('draft')} onIssue={onIssue} />);
    const button = screen.getByRole('button', { name: '下发整改' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onIssue).not.toHaveBeenCalled();
    expect(screen.getByText('待单位提交')).toBeTruthy();
    cleanup();
    render(<IssueNoticeButton entry={entry('returned')} onIssue={onIssue} />);
    expect((screen.getByRole('button', { name: '下发整改' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('待单位重新提交')).toBeTruthy();
  });
});
