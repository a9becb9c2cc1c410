/**
 * What the name cells need for suggestions from the indicator library, given once by the editor
 * instead of through every table and row prop: the table's year and what taking a suggestion does.
 */
import { createContext, useContext } from 'react';
import type { Suggestion } from '../../../contract/indicator-library.ts';
import type { RowAddress } from './indicator-rows.ts';

export interface NameSuggestions {
  year: number | null;
  onTake: (address: RowAddress, suggestion: Suggestion) => void;
}

export const NameSuggestionsContext = createContext<NameSuggestions | null>(null);

export function useNameSuggestions(): NameSuggestions | null {
  return useContext(NameSuggestionsContext);
}
