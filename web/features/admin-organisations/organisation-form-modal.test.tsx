// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Organisation } from '../../../contract/organisations.ts';
import { OrganisationFormModal, type OrganisationFormTask } from './organisation-form-modal.tsx';

afterEach(cleanup);

const politics = { id: 'org-politics', name: '样例县政法委员会', kind: 'supervisor', parentId: 'org-finance' } as Organisation;
const audit = { id: 'org-audit', name: '样例县审计局', kind: 'unit', parentId: 'org-politics' } as Organisation;

/** As the app renders buttons: 改名, not antd's spaced 改 名 (web/app/app.tsx). */
const inApp = (node: ReactNode) => <ConfigProvider button={{ autoInsertSpace: false }}>{node}</ConfigProvider>;

function renderModal(task: OrganisationFormTask | null, onSubmit = vi.fn(async () => {})) {
  const view = render(inApp(<OrganisationFormModal task={task} onSubmit={onSubmit} onCancel={() => {}} />));
  const show = (next: OrganisationFormTask | null) =>
    view.rerender(inApp(<OrganisationFormModal task={next} onSubmit={onSubmit} onCancel={() => {}} />));
  return { show, onSubmit };
}

describe('OrganisationFormModal', () => {
  it('opens a rename with the unit’s name even when the dialog was still open for an add', async () => {
    const { show, onSubmit } = renderModal({ mode: 'add', parent: politics });
    fireEvent.change(screen.getByLabelText('单位名称'), { target: { value: '样例县统计局' } });
    // The page moves to the next task before the add dialog has gone (its closing animation).
    show({ mode: 'rename', organisation: audit });
    await waitFor(() => expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('样例县审计局'));
    const name = screen.getByLabelText('单位名称');
    fireEvent.change(name, { target: { value: '样例县人民检察院' } });
    fireEvent.click(screen.getByRole('button', { name: '改名' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ name: '样例县人民检察院' }));
  });

  it('starts an add from an empty name after a rename of another unit', async () => {
    const { show } = renderModal({ mode: 'rename', organisation: audit });
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('样例县审计局');
    show({ mode: 'add', parent: politics });
    await waitFor(() => expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe(''));
  });
});
