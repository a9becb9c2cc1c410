/**
 * The 三级指标 cell with suggestions from the indicator library while typing (issue 13): each
 * suggestion shows its unit, direction, usual target, the unit's own last value and actual, and
 * the peers' median; one click takes it. The light input turns into an AutoComplete once typed in
 * (until it loses focus), so a 200-row tree keeps its plain inputs.
 */
import { AutoComplete, Input } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../../contract/indicator-library.ts';
import { SheetCellText } from '../../components/sheet-input.tsx';
import { describeSuggestion } from '../indicator-library/describe-suggestion.ts';
import { fetchSuggestions } from '../indicator-library/indicator-library-api.ts';

// Wait for a pause in typing before asking the server.
const TYPING_PAUSE_MS = 250;

export function IndicatorNameInput(props: {
  value: string;
  ariaLabel: string;
  dataCell: string;
  year: number | null;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onChange: (value: string) => void;
  onTake: (suggestion: Suggestion) => void;
}) {
  const [isActive, setIsActive] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const latestRequest = useRef(0);
  const query = props.value.trim();

  useEffect(() => {
    if (!isActive || query === '') {
      setSuggestions([]);
      return;
    }
    const request = ++latestRequest.current;
    const timer = setTimeout(() => {
      fetchSuggestions({ q: query, year: props.year })
        .then((result) => {
          if (request === latestRequest.current) setSuggestions(result.items);
        })
        // Suggestions are a help: a failed request leaves the cell as a plain input.
        .catch(() => setSuggestions([]));
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [isActive, query, props.year]);

  if (!isActive) {
    return (
      <SheetCellText
        ariaLabel={props.ariaLabel}
        value={props.value}
        dataCell={props.dataCell}
        onKeyDown={props.onKeyDown}
        // The typed text is kept first, then the cell becomes the AutoComplete (focused, same value):
        // switching on focus lost text entered at once (a paste, or a fill right after focusing).
        onChange={(value) => {
          props.onChange(value);
          setIsActive(true);
        }}
      />
    );
  }
  return (
    <AutoComplete
      value={props.value}
      style={{ width: '100%' }}
      popupMatchSelectWidth={360}
      // Mounted by the first keystroke: open at once, so the suggestions for that text show.
      defaultOpen
      options={suggestions.map((suggestion) => ({
        value: suggestion.nameKey,
        label: (
          <div className="name-suggestion" data-testid="indicator-suggestion">
            <strong>{suggestion.name}</strong>
            {suggestion.entry?.kind === 'common' && <span className="name-suggestion-tag">共性</span>}
            {describeSuggestion(suggestion).map((line) => (
              <span key={line} className="name-suggestion-line">
                {line}
              </span>
            ))}
          </div>
        ),
      }))}
      onChange={(value: string) => {
        // Choosing an option reports its key through onChange too; onSelect takes the suggestion.
        if (!suggestions.some((suggestion) => suggestion.nameKey === value)) props.onChange(value);
      }}
      onSelect={(key: string) => {
        const suggestion = suggestions.find((item) => item.nameKey === key);
        if (suggestion) props.onTake(suggestion);
      }}
      onBlur={() => setIsActive(false)}
    >
      <Input size="small" autoFocus aria-label={props.ariaLabel} data-cell={props.dataCell} />
    </AutoComplete>
  );
}
