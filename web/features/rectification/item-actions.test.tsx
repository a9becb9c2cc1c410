// @vitest-environment jsdom
/** 验收通过 is final (the item closes, and the notice with its last item): finance confirms first; 退回 asks nothing. */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RectificationItem } from '../../../contract/rectification.ts';
import { ReviewButtons } from './item-actions.tsx';

const reviewItem = vi.fn();
vi.mock('../monitoring/monitoring-api.ts', () => ({
  answerItem: vi.fn(),
  reviewItem: (request: unknown) => reviewItem(request),
}));

const item = { id: 'i1', position: 2, state: 'answered' } as unknown as RectificationItem;

afterEach(cleanup);
beforeEach(() => {
  reviewItem.mockReset();
  reviewItem.mockResolvedValue({ id: 'n1' });
});

describe('ReviewButtons', () => {
  it('accepts only after the confirmation', async () => {
    const onDone = vi.fn();
    render(<ReviewButtons noticeId="n1" item={item} onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: '验收通过' }));
    await screen.findByText('验收通过事项 2');
    expect(screen.getByText('验收后该事项办结，不能撤销；全部事项验收后整改通知办结。')).toBeTruthy();
    expect(reviewItem).not.toHaveBeenCalled();
    const ok = document.querySelector('.ant-popconfirm .ant-btn-primary') as HTMLElement;
    fireEvent.click(ok);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ id: 'n1' }));
    expect(reviewItem).toHaveBeenCalledWith({ noticeId: 'n1', itemId: 'i1', decision: 'accept', reason: null });
  });

  it('accepts nothing when the confirmation is cancelled', async () => {
    render(<ReviewButtons noticeId="n1" item={item} onDone={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: '验收通过' }));
    fireEvent.click(await screen.findByRole('button', { name: /取\s*消/ }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reviewItem).not.toHaveBeenCalled();
  });

  it('returns with the reason at once (nothing is closed)', async () => {
    render(<ReviewButtons noticeId="n1" item={item} onDone={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('事项 2 退回理由'), { target: { value: ' 佐证不足 ' } });
    fireEvent.click(screen.getByRole('button', { name: /退\s*回/ }));
    await waitFor(() => expect(reviewItem).toHaveBeenCalledWith({ noticeId: 'n1', itemId: 'i1', decision: 'return', reason: '佐证不足' }));
  });
});
