/**
 * A decimal input (万元, 分) that never throws away what was typed: text that is not a number
 * stays in the box with a message beside it, and only valid numbers reach the document.
 */
import { Input } from 'antd';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { DECIMAL_PATTERN } from '../../core/decimal.ts';
import './sheet.css';

/** Accepts "1,234.50" and " 12 " as numbers; returns the plain decimal or null for blank, undefined for invalid. */
export function readDecimalText(text: string): string | null | undefined {
  const compact = text.replace(/[,，\s]/g, '');
  if (compact === '') return null;
  return DECIMAL_PATTERN.test(compact) ? compact : undefined;
}

export function DecimalInput(props: {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  ariaLabel: string;
  suffix?: string;
  disabled?: boolean;
  width?: number;
  dataCell?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** A light native input for table cells (see sheet-input.tsx). */
  isCompact?: boolean;
}) {
  const [text, setText] = useState(props.value ?? '');
  const [isInvalid, setIsInvalid] = useState(false);
  // Follow outside changes (conflict resolution, reload) unless the box holds invalid text.
  useEffect(() => {
    if (!isInvalid) setText(props.value ?? '');
  }, [props.value]);
  const onTextChange = (typed: string) => {
    setText(typed);
    const parsed = readDecimalText(typed);
    setIsInvalid(parsed === undefined);
    if (parsed !== undefined) props.onChange(parsed);
  };
  return (
    <span style={{ display: 'inline-block' }}>
      {props.isCompact ? (
        <input
          className={`sheet-input${isInvalid ? ' is-error' : ''}`}
          aria-label={props.ariaLabel}
          aria-invalid={isInvalid || undefined}
          value={text}
          style={{ width: props.width ?? 140 }}
          data-cell={props.dataCell}
          onKeyDown={props.onKeyDown}
          onChange={(event) => onTextChange(event.target.value)}
        />
      ) : (
        <Input
          aria-label={props.ariaLabel}
          value={text}
          suffix={props.suffix}
          disabled={props.disabled}
          status={isInvalid ? 'error' : undefined}
          style={{ width: props.width ?? 140 }}
          data-cell={props.dataCell}
          onKeyDown={props.onKeyDown}
          onChange={(event) => onTextChange(event.target.value)}
        />
      )}
      {isInvalid && (
        <span className="sheet-note error" style={{ color: '#cf1322', fontSize: 12, display: 'block' }}>
          请输入数字，如 1234.56
        </span>
      )}
    </span>
  );
}
