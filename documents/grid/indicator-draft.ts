/**
 * An indicator while its row and the rows continuing it are read (fragments kept), and how it
 * becomes the model's Indicator: values parsed through core/indicator-value, 分值/得分 as numbers
 * or a finding, never a guessed value.
 */
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import type { Finding, Indicator } from '../../core/model.ts';
import { OPERATOR_SYMBOLS } from '../../core/indicator-value/vocabulary.ts';
import { directionOnlyWords, operatorColumnWords } from '../vocabulary/columns.ts';
import { regionProfiles } from '../vocabulary/profiles/index.ts';
import { parseNumberCell } from './cell-kinds.ts';
import { joinName, joinValue, splitNameAndValue, withoutCoreMark, withoutListNumber } from './cell-text.ts';

export interface IndicatorDraft {
  level1: string;
  level2: string;
  names: string[];
  targets: string[];
  actuals: string[];
  weight: string;
  score: string;
  deviations: string[];
  /** 指标性质 / 指标方向性 and 度量单位 columns, joined around the value when present. */
  operator: string;
  unit: string;
  line: number;
  /** Whether the table has 分值/得分/实际完成值 columns (self-evaluation shape). */
  hasResults: boolean;
  /** Whether the table has a 分值/权重 column (a blank one then means weight null). */
  hasWeight: boolean;
  /** 得分系数 and 是否核心指标 cells (Chongqing-style tables), when the table has them. */
  scoreCoefficient?: string;
  isCore?: string;
}

/** 是否核心指标 cells: 是/√/核心 → true, 否/× → false, anything else unknown. */
function readIsCore(text: string | undefined): boolean | null {
  const word = (text ?? '').replace(/\s+/g, '');
  if (/^(?:是|√|✓|核心|核心指标|Y|y)$/.test(word)) return true;
  if (/^(?:否|×|✗|非核心|N|n)$/.test(word)) return false;
  return null;
}

/**
 * Operator words: the column vocabulary's first, then every region profile's (正向/反向 and what a
 * province adds), so a new province's wording is an edit to its profile file.
 */
const operatorByWord: ReadonlyMap<string, string> = new Map([
  ...regionProfiles.flatMap((profile) => Object.entries(profile.operatorWords).map(([word, operator]) => [word, OPERATOR_SYMBOLS[operator]] as const)),
  ...operatorColumnWords.flatMap((entry) => entry.words.map((word) => [word, entry.symbol] as const)),
]);

/**
 * The symbol an operator or direction cell means ("正向" → "≥"); '' for 定性/定量 or unknown words.
 * Compatibility forms count as their plain sign (NFKC): the small "﹦" of Yunnan tables, "＞", "﹤".
 */
export function operatorSymbolOf(text: string): string {
  const written = text.replace(/\s+/g, '');
  return operatorByWord.get(written) ?? operatorByWord.get(written.normalize('NFKC')) ?? '';
}

/** A value that opens with a comparison word of the operator vocabulary ("不低于90"). */
const OWN_OPERATOR = new RegExp(
  `^(${operatorColumnWords
    .filter((entry) => entry.symbol !== '')
    .flatMap((entry) => entry.words)
    .filter((word) => /[\u4e00-\u9fff]/.test(word) && !directionOnlyWords.includes(word))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(.*)$`,
);

/** Of an operator and a direction cell, the one that names a comparison, else one that names a direction. */
export function pickOperator(cells: readonly string[]): string {
  const withSymbol = cells.filter((text) => operatorSymbolOf(text) !== '');
  return withSymbol.find((text) => !directionOnlyWords.includes(text.replace(/\s+/g, ''))) ?? withSymbol[0] ?? '';
}

/** "≥" + "100" + "人次" → "≥100人次"; a value that has its own operator or words stays. */
function composeValue(value: string, draft: Pick<IndicatorDraft, 'operator' | 'unit'>): string {
  if (value === '') return '';
  const operator = operatorSymbolOf(draft.operator);
  const unit = draft.unit.replace(/\s+/g, '');
  const isBareNumber = parseNumberCell(value) !== null && /^[\d.\s]+$/.test(value);
  // "不少于320" with 计量单位 "处": its own comparison word, the unit still from its column (Zhejiang).
  const written = OWN_OPERATOR.exec(value.trim());
  const hasOwnOperator = /^[≥≤<>=＝]/.test(value) || written !== null;
  // "≥98" with 计量单位 "%": the sign in the value cell, the unit in its column (Hunan 整体绩效目标表).
  const isNumberWithOperator = (written !== null && /^[\d.]+$/.test(written[2] ?? '')) || /^[≥≤<>=＝]\s*[\d.]+$/.test(value.trim());
  const prefix = operator !== '' && !hasOwnOperator && (isBareNumber || unit !== '') ? operator : '';
  const suffix = unit !== '' && (isBareNumber || isNumberWithOperator) && !value.endsWith(unit) ? unit : '';
  return `${prefix}${value}${suffix}`;
}


function readNumber(input: { text: string; label: string; path: string; line: number; findings: Finding[] }): string | null {
  if (input.text.trim() === '') return null;
  const value = parseNumberCell(input.text);
  if (value === null) {
    input.findings.push({
      severity: 'warning',
      code: 'shifted-row',
      message: `第${input.line}行的${input.label}“${input.text.trim()}”不是数字，单元格可能错位，请核对原表。`,
      path: input.path,
      line: input.line,
    });
  }
  return value;
}

/** A template's numbered place nobody filled ("指标2：", "……"): its name that alone, and no value, weight or score. */
const PLACEHOLDER_NAME = /^(?:指标\s*\d{1,4}\s*[:：]?|[…．.]+)$/;

/** True for a draft that is only a template's empty place: no indicator (the text route blanks such a line before reading). */
export function isUnfilledPlace(draft: IndicatorDraft): boolean {
  const name = draft.names.join('').trim();
  return (
    PLACEHOLDER_NAME.test(name) &&
    draft.targets.every((text) => text.trim() === '') &&
    draft.actuals.every((text) => text.trim() === '') &&
    draft.weight.trim() === '' &&
    draft.score.trim() === ''
  );
}

/** The model's indicator of a finished draft; `path` is where findings point. */
export function finishDraft(draft: IndicatorDraft, path: string, findings: Finding[]): Indicator {
  // A list number may stand before the mark ("1.★领取补贴人数") or after it.
  const marked = withoutCoreMark(withoutListNumber(joinName(draft.names)));
  const written = withoutListNumber(marked.name);
  // A row with no value of its own may write it in its name's cell ("缴存人数≥42人").
  const writtenTarget = joinValue(draft.targets);
  const inName = writtenTarget === '' ? splitNameAndValue(written) : null;
  const name = inName?.name ?? written;
  const target = composeValue(inName?.value ?? writtenTarget, draft);
  const actual = composeValue(joinValue(draft.actuals), { operator: '', unit: draft.unit });
  const deviation = joinName(draft.deviations);
  const indicator: Indicator = {
    level1: draft.level1,
    level2: draft.level2,
    name,
    target: target === '' ? null : parseIndicatorValue(target, { name }),
    line: draft.line,
  };
  if (marked.isCore) indicator.isCore = true;
  if (!draft.hasResults) {
    if (draft.hasWeight)
      indicator.weight = readNumber({ text: draft.weight, label: '分值', path: `${path}.weight`, line: draft.line, findings });
    return indicator;
  }
  indicator.actual = actual === '' ? null : parseIndicatorValue(actual, { name });
  indicator.weight = readNumber({ text: draft.weight, label: '分值', path: `${path}.weight`, line: draft.line, findings });
  indicator.score = readNumber({ text: draft.score, label: '得分', path: `${path}.score`, line: draft.line, findings });
  indicator.deviation = deviation === '' ? null : deviation;
  if (draft.scoreCoefficient) {
    const coefficientPath = `${path}.scoreCoefficient`;
    indicator.scoreCoefficient = readNumber({ text: draft.scoreCoefficient, label: '得分系数', path: coefficientPath, line: draft.line, findings });
  }
  // A 是否核心指标 column says more than a mark: 否 there is kept even after a starred name.
  if (draft.isCore) indicator.isCore = readIsCore(draft.isCore) ?? indicator.isCore ?? null;
  return indicator;
}
