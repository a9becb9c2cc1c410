/**
 * The library's reference notes for a read-only (review) view of a document that has no live
 * library checks of its own (the self-evaluation): fetched once per document, null while editing,
 * while loading, or when the library cannot be read (the view works without it).
 */
import { useMemo } from 'react';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import type { ReferenceNotes } from '../target-editor/reference-notes-context.ts';
import { describeReference } from './describe-suggestion.ts';
import { useLibraryContext } from './use-library-context.ts';

export function useReviewReferenceNotes(documentId: string | undefined, isReview: boolean): ReferenceNotes | null {
  const context = useLibraryContext(documentId, isReview);
  return useMemo(() => {
    if (!isReview || !context) return null;
    const references = new Map(Object.entries(context.references));
    return (indicatorName: string) => describeReference(references.get(normaliseIndicatorName(indicatorName)));
  }, [context, isReview]);
}
