// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { ApiError } from '../../lib/api-client.ts';
import type { DocumentView } from '../../../contract/documents.ts';
import { useDocumentDraft } from './use-document-draft.ts';

function createBody(functions: string): PerformanceDocument {
  return { ...createEmptyDocument('target-table'), unit: '示范县公安局', year: 2026, functions };
}

function createView(body: PerformanceDocument, version: number): DocumentView {
  return {
    id: 'd1',
    organisationId: 'o1',
    organisationName: '示范县公安局',
    year: 2026,
    kind: 'target-table',
    kindName: '绩效目标表',
    project: null,
    revision: 1,
    state: 'draft',
    stateName: '草稿',
    version,
    score: null,
    grade: null,
    updatedAt: '2026-11-27T00:00:00Z',
    createdAt: '2026-11-27T00:00:00Z',
    body,
    allowedActions: ['read', 'save'],
  };
}

const staleError = () =>
  new ApiError({
    status: 409,
    code: 'stale-version',
    message: '文档已被他人修改，请刷新后重试。',
    body: { currentVersion: 3 },
  });

describe('useDocumentDraft', () => {
  it('saves edits typed while a slow save was in flight, once that save settles', async () => {
    const pending: Array<() => void> = [];
    const save = vi.fn(
      (input: { expectedVersion: number; body: PerformanceDocument }) =>
        new Promise<DocumentView>((resolve) => pending.push(() => resolve(createView(input.body, input.expectedVersion + 1)))),
    );
    const { result } = renderHook(() =>
      useDocumentDraft({ body: createBody('旧'), version: 1, isEditable: true }, { save, load: vi.fn(), delay: 5 }),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '一' })));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    act(() => result.current.update((body) => ({ ...body, functions: '一二' })));
    // Let the edit's own timer find the first save still busy.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await act(async () => pending.shift()?.());
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]?.[0]).toMatchObject({ expectedVersion: 2, body: { functions: '一二' } });
    await act(async () => pending.shift()?.());
    await waitFor(() => expect(result.current.status).toBe('saved'));
  });

  it('autosaves an edit with the version it read and moves to the saved version', async () => {
    const save = vi.fn(async (input: { expectedVersion: number; body: PerformanceDocument }) =>
      createView(input.body, input.expectedVersion + 1),
    );
    const { result } = renderHook(() =>
      useDocumentDraft(
        { body: createBody('旧'), version: 1, isEditable: true },
        { save, load: vi.fn(), delay: 5 },
      ),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '新' })));
    expect(result.current.status).toBe('dirty');
    await waitFor(() => expect(result.current.status).toBe('saved'));
    expect(save).toHaveBeenCalledWith({
      expectedVersion: 1,
      body: expect.objectContaining({ functions: '新' }),
    });
    expect(result.current.version).toBe(2);
  });

  it('on 409 keeps the typed work, shows what the server has, and saves mine over the server version when asked', async () => {
    const server = createView(createBody('他人的修改'), 3);
    const save = vi.fn(async (input: { expectedVersion: number; body: PerformanceDocument }) => {
      if (input.expectedVersion === 1) throw staleError();
      return createView(input.body, input.expectedVersion + 1);
    });
    const { result } = renderHook(() =>
      useDocumentDraft(
        { body: createBody('旧'), version: 1, isEditable: true },
        { save, load: async () => server, delay: 5 },
      ),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '我的修改' })));
    await waitFor(() => expect(result.current.status).toBe('conflict'));
    expect(result.current.body.functions).toBe('我的修改');
    expect(result.current.conflict?.changes).toContainEqual({
      path: 'functions',
      before: '他人的修改',
      after: '我的修改',
    });

    await act(async () => {
      await result.current.keepMine();
    });
    expect(save).toHaveBeenLastCalledWith({
      expectedVersion: 3,
      body: expect.objectContaining({ functions: '我的修改' }),
    });
    expect(result.current.status).toBe('saved');
    expect(result.current.version).toBe(4);
  });

  it('on 409 merges: the server keeps its edit and mine is added on top', async () => {
    const server = createView({ ...createBody('旧'), overallGoal: '他人写的目标' }, 3);
    const save = vi.fn(async (input: { expectedVersion: number; body: PerformanceDocument }) => {
      if (input.expectedVersion === 1) throw staleError();
      return createView(input.body, input.expectedVersion + 1);
    });
    const { result } = renderHook(() =>
      useDocumentDraft(
        { body: createBody('旧'), version: 1, isEditable: true },
        { save, load: async () => server, delay: 5 },
      ),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '我的职能' })));
    await waitFor(() => expect(result.current.status).toBe('conflict'));
    await act(async () => {
      await result.current.mergeWithServer();
    });
    expect(save).toHaveBeenLastCalledWith({
      expectedVersion: 3,
      body: expect.objectContaining({ functions: '我的职能', overallGoal: '他人写的目标' }),
    });
    expect(result.current.body).toMatchObject({ functions: '我的职能', overallGoal: '他人写的目标' });
    expect(result.current.status).toBe('saved');
  });

  it('on 409 takes the server version when the user chooses it', async () => {
    const server = createView(createBody('他人的修改'), 3);
    const save = vi.fn(async () => {
      throw staleError();
    });
    const { result } = renderHook(() =>
      useDocumentDraft(
        { body: createBody('旧'), version: 1, isEditable: true },
        { save, load: async () => server, delay: 5 },
      ),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '我的修改' })));
    await waitFor(() => expect(result.current.status).toBe('conflict'));
    act(() => result.current.takeServer());
    expect(result.current.body.functions).toBe('他人的修改');
    expect(result.current.version).toBe(3);
    expect(result.current.status).toBe('saved');
  });

  it('keeps the edits on a failed save and reports the error', async () => {
    const save = vi.fn(async () => {
      throw new ApiError({
        status: 0,
        code: 'network-error',
        message: '无法连接服务器，请检查网络后重试。',
        body: null,
      });
    });
    const { result } = renderHook(() =>
      useDocumentDraft(
        { body: createBody('旧'), version: 1, isEditable: true },
        { save, load: vi.fn(), delay: 5 },
      ),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '断网时写的' })));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.body.functions).toBe('断网时写的');
    expect(result.current.error).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('ignores edits of a document the user may not change', () => {
    const { result } = renderHook(() =>
      useDocumentDraft(
        { body: createBody('旧'), version: 1, isEditable: false },
        { save: vi.fn(), load: vi.fn() },
      ),
    );
    act(() => result.current.update((body) => ({ ...body, functions: '新' })));
    expect(result.current.body.functions).toBe('旧');
    expect(result.current.status).toBe('saved');
  });
});
