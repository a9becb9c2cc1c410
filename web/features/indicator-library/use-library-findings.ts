/**
 * The library findings of the body being edited, live: core's checkAgainstLibrary over the
 * references the server gave for the document (its unit's history, its peers) plus those of
 * suggestions taken since. A name typed by hand and not in either is checked at the next load.
 */
import { useCallback, useMemo, useState } from 'react';
import { checkAgainstLibrary } from '../../../core/checks/library-checks.ts';
import type { IndicatorReference } from '../../../core/checks/library-context.ts';
import type { Finding, PerformanceDocument } from '../../../core/model.ts';
import { useLibraryContext } from './use-library-context.ts';

const noFindings: Finding[] = [];

export function useLibraryFindings(input: { documentId: string | undefined; body: PerformanceDocument }) {
  const context = useLibraryContext(input.documentId);
  const [taken, setTaken] = useState<ReadonlyMap<string, IndicatorReference>>(new Map());

  const addReference = useCallback((nameKey: string, reference: IndicatorReference) => {
    setTaken((current) => new Map([...current, [nameKey, reference]]));
  }, []);

  const references = useMemo(
    () =>
      context ? new Map<string, IndicatorReference>([...Object.entries(context.references), ...taken]) : null,
    [context, taken],
  );
  const findings = useMemo(() => {
    if (!context || !references) return noFindings;
    return checkAgainstLibrary(input.body, { references, levels: context.levels, policy: context.policy });
  }, [context, references, input.body]);
  return { findings, addReference, references };
}
