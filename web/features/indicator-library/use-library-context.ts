/**
 * The indicator library's context of a stored document (its unit's history, its peers, the levels,
 * the pack's library policy), fetched once per document; null while loading, when not wanted, or
 * when the library cannot be read (the views work without it).
 */
import { useEffect, useState } from 'react';
import type { LibraryContextResponse } from '../../../contract/indicator-library.ts';
import { fetchLibraryContext } from './indicator-library-api.ts';

export function useLibraryContext(documentId: string | undefined, isWanted = true): LibraryContextResponse | null {
  const [context, setContext] = useState<LibraryContextResponse | null>(null);
  useEffect(() => {
    if (!documentId || !isWanted) return;
    let isCurrent = true;
    fetchLibraryContext(documentId)
      .then((loaded) => {
        if (isCurrent) setContext(loaded);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [documentId, isWanted]);
  return context;
}
