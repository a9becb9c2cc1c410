/**
 * The funds block's labels indexed once per reading vocabulary: column labels by role (全年预算数 →
 * adjusted) and row labels by slot (本年财政拨款 → currentYear), the national words of ./labels.ts
 * with the region profiles' own (./profiles). Every reader of funds asks here: the funds readers
 * (text/self-evaluation-budget.ts) and the line-break joiners (grid/detectors/wrapped-row-words.ts,
 * text/broken-label-rows.ts), so a label only a region writes ("单位资金" of Sichuan) is a funds row
 * to all of them alike.
 */
import type { BudgetColumnRole, BudgetRowSlot } from './labels.ts';
import { bareLabelKey } from './label-key.ts';
import { currentVocabulary, type ReadingVocabulary } from './profiles/index.ts';

export interface FundLabelIndex {
  /** Column label (bare key: no spaces, no bracketed note) → role; the first wording of a role wins. */
  roleByLabel: ReadonlyMap<string, BudgetColumnRole>;
  /** Row label (bare key) → slot. */
  slotByLabel: ReadonlyMap<string, BudgetRowSlot>;
  /** Row labels longest first, for labels written with more after them ("上年结转资金（含结余）"). */
  rowLabelsByLength: readonly string[];
}

/** Shorter row labels ("合计", "其他") are too common at a cell's start to be read as its prefix. */
const MIN_PREFIX_LABEL = 4;

const indexes = new WeakMap<ReadingVocabulary, FundLabelIndex>();

/** The funds labels of a vocabulary (by default the read's own: national plus region profiles). */
export function fundLabelIndex(vocabulary: ReadingVocabulary = currentVocabulary()): FundLabelIndex {
  const known = indexes.get(vocabulary);
  if (known) return known;
  const roleByLabel = new Map<string, BudgetColumnRole>();
  for (const [role, labels] of Object.entries(vocabulary.budgetColumnLabels) as Array<[BudgetColumnRole, readonly string[]]>) {
    for (const label of labels) {
      const key = bareLabelKey(label);
      if (!roleByLabel.has(key)) roleByLabel.set(key, role);
    }
  }
  const slotByLabel = new Map<string, BudgetRowSlot>();
  for (const { slot, labels } of vocabulary.budgetRowLabels) {
    for (const label of labels) {
      const key = bareLabelKey(label);
      if (!slotByLabel.has(key)) slotByLabel.set(key, slot);
    }
  }
  const rowLabelsByLength = [...slotByLabel.keys()].filter((label) => label.length >= MIN_PREFIX_LABEL).sort((a, b) => b.length - a.length);
  const index = { roleByLabel, slotByLabel, rowLabelsByLength };
  indexes.set(vocabulary, index);
  return index;
}

/** The sub-row lead-in of a funds row label: "其中：本年财政拨款". */
const SUB_ROW_LEAD = /^其中[:,，]?/;

/** A funds row's label written whole ("年度资金总额", "其中：财政拨款"), in the read's vocabulary. */
export function isFundRowLabel(text: string): boolean {
  const key = bareLabelKey(text).replace(SUB_ROW_LEAD, '');
  return key !== '' && fundLabelIndex().slotByLabel.has(key);
}

/** A funds column label ("全年预算数（A）", "执行率"), in the read's vocabulary. */
export function isFundColumnLabel(text: string): boolean {
  return fundLabelIndex().roleByLabel.has(bareLabelKey(text));
}

/**
 * The labels of the funds total row (年度资金总额, 资金总额, 批复金额, 下达中央预算内投资 …) of a vocabulary, longest
 * first: the run-together funds reader finds the total row after the header by them, and the header
 * readers end a value run together with the table at them.
 */
export function fundTotalLabels(vocabulary: ReadingVocabulary = currentVocabulary()): string[] {
  return vocabulary.budgetRowLabels
    .filter((entry) => entry.slot === 'total')
    .flatMap((entry) => entry.labels)
    .sort((a, b) => b.length - a.length);
}
