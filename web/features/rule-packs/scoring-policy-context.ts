/** The scoring policy of the open document's rule pack, for the editor rows (live score, formula, 采用). */
import { createContext, useContext } from 'react';
import { defaultScoringPolicy, type ScoringPolicy } from '../../../core/scoring/index.ts';

export const ScoringPolicyContext = createContext<ScoringPolicy>(defaultScoringPolicy);

export function useScoringPolicy(): ScoringPolicy {
  return useContext(ScoringPolicyContext);
}
