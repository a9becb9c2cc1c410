import type { Change, Direction, Operator } from '../model.ts';
import { compactNameText } from './normalize-value-text.ts';
import { LOWER_BETTER_NAME_WORDS, LOWER_BETTER_RATE_WORDS } from './vocabulary.ts';

export interface DirectionInput {
  operator: Operator | null;
  /** 三级指标 name; decides the direction of a bare number (发生率, 时间, 经费 → lower-better). */
  name?: string | null;
  /** The parsed number; `null` means there is none (qualitative). Omitted: assume a number. */
  value?: string | null;
  /** 下降/上升 with an amount: the amount is what is measured, so more is better. */
  change?: Change | null;
}

/**
 * Decides 正向/反向/等于/定性 (DOMAIN.md): a written operator decides; without one, a change
 * amount is higher-better, a target of zero is lower-better, then the indicator name decides,
 * and a bare number defaults to higher-better (scored as ≥, since 等于 applies only when written).
 */
export function inferDirection(input: DirectionInput): Direction {
  switch (input.operator) {
    case '>=':
    case '>':
      return 'higher-better';
    case '<=':
    case '<':
      return 'lower-better';
    case '=':
      return 'equal';
    case null:
      break;
  }
  if (input.value === null) return 'qualitative';
  if (input.change) return 'higher-better';
  // "0起", "0%": a target of zero incidents only makes sense as "no more than zero".
  if (input.value === '0') return 'lower-better';
  return input.name ? inferDirectionFromName(input.name) : 'higher-better';
}

/** Names repeat across rows and documents; a small memo keeps parsing fast (bounded, pure). */
const directionByName = new Map<string, Direction>();
const MAX_REMEMBERED_NAMES = 4096;

function inferDirectionFromName(name: string): Direction {
  const remembered = directionByName.get(name);
  if (remembered) return remembered;
  if (directionByName.size >= MAX_REMEMBERED_NAMES) directionByName.clear();
  const direction = readDirectionFromName(name);
  directionByName.set(name, direction);
  return direction;
}

function readDirectionFromName(name: string): Direction {
  const compact = compactNameText(name);
  if (LOWER_BETTER_RATE_WORDS.some((word) => compact.includes(word))) return 'lower-better';
  // Any other rate (执行率, 及时率, 破案率) is higher-better, even if it mentions 经费 or 时间.
  if (compact.endsWith('率')) return 'higher-better';
  if (LOWER_BETTER_NAME_WORDS.some((word) => compact.includes(word))) return 'lower-better';
  return 'higher-better';
}
