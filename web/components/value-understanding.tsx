/** What the parser understood of a 指标值/完成值: operator, number, unit, direction (core/indicator-value). */
import type { Direction, IndicatorValue } from '../../core/model.ts';
import { formatIndicatorValue } from '../../core/indicator-value/index.ts';
import './sheet.css';

export const directionNames: Record<Direction, string> = {
  'higher-better': '正向',
  'lower-better': '反向',
  equal: '等于',
  qualitative: '定性',
};

const operatorNames: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/**
 * A one-line Chinese description, e.g. "≥ 90 % · 正向" or "定性：健全". An actual (实际完成值) is
 * scored in its target's direction, so its own guessed direction is left out ("1 起", not "1 起 · 正向").
 */
export function describeValue(value: IndicatorValue, options: { isActual?: boolean } = {}): string {
  if (value.value === null) return value.qualitative ? `定性：${value.qualitative}` : '未识别出数值';
  const parts = [
    value.change === 'increase' ? '上升' : value.change === 'decrease' ? '下降' : null,
    value.operator ? operatorNames[value.operator] : null,
    value.value,
    value.unit,
  ].filter(Boolean);
  return options.isActual ? parts.join(' ') : `${parts.join(' ')} · ${directionNames[value.direction]}`;
}

/** The parser's reading of a value, shown while editing only (official and read-only views print none). */
export function ValueUnderstanding({ value, isActual = false }: { value: IndicatorValue | null | undefined; isActual?: boolean }) {
  if (!value) return null;
  return (
    <span className="sheet-note muted" title={`规范写法：${formatIndicatorValue(value)}`}>
      {!isActual && (
        <span className={`sheet-tag${value.direction === 'qualitative' ? '' : ' is-blue'}`}>
          {directionNames[value.direction]}
        </span>
      )}
      识别为：{describeValue(value, { isActual })}
    </span>
  );
}
