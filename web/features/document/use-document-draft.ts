/**
 * The editable copy of a document: local edits, autosave with the version read (optimistic
 * locking, server answers 409 when someone saved in between), and the conflict choice: keep mine
 * (save again on top of the server's version) or take the server's. Typed work is never dropped:
 * a failed save keeps the local body and retries on the next edit or on "保存".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { diffDocuments, type FieldChange } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { ApiError, describeError } from '../../lib/api-client.ts';
import { mergeIntoServer } from './merge-changes.ts';
import type { DocumentView } from '../../../contract/documents.ts';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

export interface DraftConflict {
  server: DocumentView;
  /** What the server's version has that differs from ours (server → mine). */
  changes: FieldChange[];
}

export interface DraftDependencies {
  save: (input: { expectedVersion: number; body: PerformanceDocument }) => Promise<DocumentView>;
  load: () => Promise<DocumentView>;
  /** Milliseconds of quiet before an autosave. */
  delay?: number;
}

export interface DocumentDraft {
  body: PerformanceDocument;
  version: number;
  status: SaveStatus;
  error: string | null;
  conflict: DraftConflict | null;
  update: (change: (body: PerformanceDocument) => PerformanceDocument) => void;
  saveNow: () => Promise<boolean>;
  keepMine: () => Promise<boolean>;
  /** Applies my edits since the last save on top of the server's version and saves that. */
  mergeWithServer: () => Promise<boolean>;
  takeServer: () => void;
}

export function useDocumentDraft(
  initial: { body: PerformanceDocument; version: number; isEditable: boolean },
  dependencies: DraftDependencies,
): DocumentDraft {
  const [body, setBody] = useState(initial.body);
  const [version, setVersion] = useState(initial.version);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  // Refs hold the latest values for the timer and for saves started from stale closures.
  const latest = useRef({ body, version, status, revisionOfEdits: 0 });
  /** The body as the server last had it from us (loaded or saved): what my edits are measured against. */
  const base = useRef(initial.body);
  latest.current.body = body;
  latest.current.version = version;
  latest.current.status = status;
  const dependenciesRef = useRef(dependencies);
  dependenciesRef.current = dependencies;
  const isSaving = useRef(false);
  // Bumped when a save settles: edits typed while a slow save was in flight leave the status
  // 'dirty' unchanged, and their autosave timer found the save busy, so this wakes the timer again.
  const [settledSaves, setSettledSaves] = useState(0);

  const save = useCallback(async (expectedVersion: number): Promise<boolean> => {
    if (isSaving.current) return false;
    isSaving.current = true;
    const sentEdits = latest.current.revisionOfEdits;
    const sentBody = latest.current.body;
    setStatus('saving');
    try {
      const saved = await dependenciesRef.current.save({ expectedVersion, body: sentBody });
      setVersion(saved.version);
      latest.current.version = saved.version;
      base.current = sentBody;
      setError(null);
      setConflict(null);
      // Edits made while the request was in flight stay dirty and are saved next.
      setStatus(latest.current.revisionOfEdits === sentEdits ? 'saved' : 'dirty');
      return true;
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        try {
          const server = await dependenciesRef.current.load();
          setConflict({ server, changes: diffDocuments(server.body, latest.current.body) });
        } catch (loadError) {
          setError(describeError(loadError));
        }
        setStatus('conflict');
      } else {
        setError(describeError(caught));
        setStatus('error');
      }
      return false;
    } finally {
      isSaving.current = false;
      setSettledSaves((count) => count + 1);
    }
  }, []);

  const update = useCallback(
    (change: (current: PerformanceDocument) => PerformanceDocument) => {
      if (!initial.isEditable) return;
      latest.current.revisionOfEdits += 1;
      setBody((current) => change(current));
      setStatus((current) => (current === 'conflict' ? current : 'dirty'));
    },
    [initial.isEditable],
  );

  useEffect(() => {
    if (status !== 'dirty') return undefined;
    const timer = setTimeout(() => void save(latest.current.version), dependenciesRef.current.delay ?? 1500);
    return () => clearTimeout(timer);
  }, [status, body, save, settledSaves]);

  const saveNow = useCallback(async () => {
    if (latest.current.status === 'saved') return true;
    if (latest.current.status === 'conflict') return false;
    return save(latest.current.version);
  }, [save]);

  const keepMine = useCallback(async () => {
    if (!conflict) return false;
    return save(conflict.server.version);
  }, [conflict, save]);

  const mergeWithServer = useCallback(async () => {
    if (!conflict) return false;
    const merged = mergeIntoServer({
      base: base.current,
      mine: latest.current.body,
      server: conflict.server.body,
    });
    base.current = conflict.server.body;
    latest.current.body = merged;
    setBody(merged);
    return save(conflict.server.version);
  }, [conflict, save]);

  const takeServer = useCallback(() => {
    if (!conflict) return;
    setBody(conflict.server.body);
    base.current = conflict.server.body;
    setVersion(conflict.server.version);
    setConflict(null);
    setError(null);
    setStatus('saved');
  }, [conflict]);

  return { body, version, status, error, conflict, update, saveNow, keepMine, mergeWithServer, takeServer };
}
