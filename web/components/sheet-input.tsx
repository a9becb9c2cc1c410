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

/**
 * A table cell's text that grows with its content (no cut-off 三级指标 or 指标值), one line when
 * short. Enter moves to the next cell (cell-navigation.ts); Alt+Enter is a line break, as in Excel.
 */
export function SheetCellText(props: {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  status?: 'error' | 'warning';
  dataCell?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}) {
  return (
    <textarea
      className={`sheet-input is-growing${props.status ? ` is-${props.status}` : ''}`}
      aria-label={props.ariaLabel}
      aria-invalid={props.status === 'error' ? true : undefined}
      rows={1}
      value={props.value}
      data-cell={props.dataCell}
      onKeyDown={(event) => {
        props.onKeyDown?.(event);
        if (!event.defaultPrevented && event.key === 'Enter' && event.altKey) {
          event.preventDefault();
          insertLineBreak(event.currentTarget, props.onChange);
        }
      }}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

/** Alt+Enter: browsers type nothing for it in a textarea, so the line break is put in here. */
function insertLineBreak(element: HTMLTextAreaElement, onChange: (value: string) => void): void {
  const { value, selectionStart, selectionEnd } = element;
  onChange(`${value.slice(0, selectionStart)}\n${value.slice(selectionEnd)}`);
  requestAnimationFrame(() => element.setSelectionRange(selectionStart + 1, selectionStart + 1));
}
