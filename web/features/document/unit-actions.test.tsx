// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnitActions } from './unit-actions.tsx';

afterEach(cleanup);

function renderActions(allowedActions: string[], blanks?: string) {
  const onRun = vi.fn(() => Promise.resolve(true));
  render(<UnitActions allowedActions={allowedActions} isBusy={false} onRun={onRun} blanks={blanks} />);
  return onRun;
}

describe('the unit’s workflow buttons', () => {
  it('submits only after the confirmation', async () => {
    const onRun = renderActions(['read', 'save', 'submit']);
    fireEvent.click(screen.getByRole('button', { name: /^提\s?交$/ }));
    expect(onRun).not.toHaveBeenCalled();
    expect(await screen.findByText(/提交即由单位负责人签字确认/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(onRun).toHaveBeenCalledWith('submit'));
  });

  it('says before submitting what is still blank, and submits when confirmed all the same', async () => {
    const onRun = renderActions(['read', 'save', 'submit'], '1-6月执行数未填写');
    fireEvent.click(screen.getByRole('button', { name: /^提\s?交$/ }));
    expect(await screen.findByText('尚未填完：1-6月执行数未填写。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(onRun).toHaveBeenCalledWith('submit'));
  });

  it('withdraws a submission only after the confirmation', async () => {
    const onRun = renderActions(['read', 'withdraw']);
    fireEvent.click(screen.getByRole('button', { name: /^撤\s?回$/ }));
    expect(onRun).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: '确认撤回' }));
    await waitFor(() => expect(onRun).toHaveBeenCalledWith('withdraw'));
  });

  it('asks the reason for a 调整 and sends it', async () => {
    const onRun = renderActions(['read', 'revise']);
    fireEvent.click(screen.getByRole('button', { name: /^调\s?整$/ }));
    const ok = await screen.findByRole('button', { name: '生成调整版本' });
    expect((ok as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('调整原因'), { target: { value: '年中追加项目资金' } });
    fireEvent.click(screen.getByRole('button', { name: '生成调整版本' }));
    await waitFor(() => expect(onRun).toHaveBeenCalledWith('revise', '年中追加项目资金'));
  });

  it('shows only the actions the server allows', () => {
    renderActions(['read', 'save']);
    expect(screen.queryByRole('button', { name: /^提\s?交$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^撤\s?回$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^调\s?整$/ })).toBeNull();
  });
});
