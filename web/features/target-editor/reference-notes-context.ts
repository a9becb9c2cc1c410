/**
 * The indicator library's reference note per indicator name, given once by the editor to the rows
 * of a read-only (review) view: reviewers see the typical target, the peers' median and the unit's
 * own last values beside each indicator (issue 13). Null: no notes (the unit's own editor).
 */
import { createContext, useContext } from 'react';

export type ReferenceNotes = (indicatorName: string) => string | null;

export const ReferenceNotesContext = createContext<ReferenceNotes | null>(null);

export function useReferenceNotes(): ReferenceNotes | null {
  return useContext(ReferenceNotesContext);
}
