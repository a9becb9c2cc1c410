// @vitest-environment jsdom
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDocument } from '../../../core/model.ts';
import type { DocumentDetail } from '../../../contract/documents.ts';

const transitionDocument = vi.fn();
vi.mock('../../lib/documents-api.ts', () => ({
  transitionDocument: (...args: unknown[]) => transitionDocument(...args) as unknown,
  addOpinion: vi.fn(),
}));
const { ReviewPanel, describeApproval } = await import('./review-panel.tsx');

afterEach(() => {
  cleanup();
  transitionDocument.mockReset();
});

function buildDetail(allowedActions: DocumentDetail['allowedActions']): DocumentDetail {
  return {
    id: 'd1',
    organisationId: 'o1',
    organisationName: '示范县公安局',
    year: 2025,
    kind: 'target-table',
    kindName: '绩效目标表',
    project: null,
    revision: 1,
    state: 'supervisor-reviewed',
    stateName: '主管部门已审核',
    version: 3,
    score: null,
    grade: null,
    updatedAt: '2025-03-01T00:00:00Z',
    createdAt: '2025-03-01T00:00:00Z',
    body: createEmptyDocument('target-table'),
    allowedActions,
    opinions: [],
    rulePack: 'national',
  };
}

describe('the review panel', () => {
  it('puts 审核结论 under 审核等级 at full width on a phone, and both on one line on a wide screen', () => {
    const detail = buildDetail(['read', 'finance-approve', 'return']);
    const formOf = () => screen.getByLabelText('审核结论').closest('form')!;
    render(<ReviewPanel detail={detail} onDone={vi.fn()} />);
    expect(formOf().className).toContain('ant-form-vertical');
    cleanup();
    const restore = simulateWideScreen();
    try {
      render(<ReviewPanel detail={detail} onDone={vi.fn()} />);
      expect(formOf().className).toContain('ant-form-inline');
    } finally {
      restore();
    }
  });

  it('has no default 审核等级 and refuses to approve until one is chosen', async () => {
    transitionDocument.mockResolvedValue({ document: buildDetail([]) });
    const onDone = vi.fn();
    render(<ReviewPanel detail={buildDetail(['read', 'finance-approve', 'return'])} onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: '审核通过并批复' }));
    expect(await screen.findByText('请选择审核等级')).toBeTruthy();
    expect(transitionDocument).not.toHaveBeenCalled();

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '审核等级' }));
    fireEvent.click(await screen.findByTitle('良'));
    fireEvent.click(screen.getByRole('button', { name: '审核通过并批复' }));
    // 批复 cannot be undone: it is said, with the grade, and confirmed before anything is sent.
    expect(await screen.findByText(/审核等级“良”。批复后生成绩效目标批复表并通知单位，不能撤销/)).toBeTruthy();
    expect(transitionDocument).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '确认审核通过并批复' }));
    await waitFor(() =>
      expect(transitionDocument).toHaveBeenCalledWith('d1', expect.objectContaining({ action: 'finance-approve', conclusion: { verdict: 'pass', grade: '良', text: null } })),
    );
  });

  it('says before any confirmation that targets graded 中 are returned, not passed', async () => {
    render(<ReviewPanel detail={buildDetail(['read', 'finance-approve', 'return'])} onDone={vi.fn()} />);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '审核等级' }));
    fireEvent.click(await screen.findByTitle('中'));
    fireEvent.click(screen.getByRole('button', { name: '审核通过并批复' }));
    expect(await screen.findByText('审核等级为“中”的绩效目标应退回修改，不能审核通过。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认审核通过并批复' })).toBeNull();
    expect(transitionDocument).not.toHaveBeenCalled();
  });

  it('sends nothing when the approval is cancelled', async () => {
    render(<ReviewPanel detail={{ ...buildDetail(['read', 'supervisor-approve', 'return']), state: 'submitted', kind: 'self-evaluation' }} onDone={vi.fn()} />);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '审核等级' }));
    fireEvent.click(await screen.findByTitle('优'));
    fireEvent.click(screen.getByRole('button', { name: '审核通过' }));
    expect(await screen.findByText(/通过后文档交财政部门审核/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^取\s?消$/ }));
    expect(transitionDocument).not.toHaveBeenCalled();
  });

  it('publishes only after a confirmation', async () => {
    transitionDocument.mockResolvedValue({ document: buildDetail([]) });
    render(<ReviewPanel detail={{ ...buildDetail(['read', 'publish']), state: 'approved' }} onDone={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: /^公\s?开$/ }));
    expect(transitionDocument).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: '确认公开' }));
    await waitFor(() => expect(transitionDocument).toHaveBeenCalledWith('d1', expect.objectContaining({ action: 'publish' })));
  });
});

describe('describeApproval', () => {
  it('says what each approval does and that it cannot be taken back', () => {
    expect(describeApproval('finance-approve', 'target-table', '良')).toMatch(/^审核等级“良”。批复后生成绩效目标批复表.*不能撤销/);
    expect(describeApproval('finance-approve', 'self-evaluation', '优')).toContain('财政已复核');
    expect(describeApproval('supervisor-approve', 'target-table', null)).toMatch(/^通过后文档交财政部门审核/);
  });
});
