/**
 * Light inputs for the editors' tables: a native <input>/<textarea> styled like antd. Hundreds of
 * antd Inputs made a 200-row tree slow to open and to type in on office PCs.
 */
import type { KeyboardEvent } from 'react';
import './sheet.css';

export function SheetInput(props: {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  status?: 'error' | 'warning';
  dataCell?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <input
      className={`sheet-input${props.status ? ` is-${props.status}` : ''}`}
      aria-label={props.ariaLabel}
      aria-invalid={props.status === 'error' ? true : undefined}
      value={props.value}
      data-cell={props.dataCell}
      onKeyDown={props.onKeyDown}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

export function SheetTextArea(props: {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  status?: 'error' | 'warning';
}) {
  return (
    <textarea
      className={`sheet-input${props.status ? ` is-${props.status}` : ''}`}
      aria-label={props.ariaLabel}
      rows={2}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
