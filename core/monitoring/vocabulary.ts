/**
 * Chinese names of the monitoring keys and every written variant seen in real tables, in one
 * place: readers, checks, writers and the web app import them (knowledge as data).
 */
import type { DeviationCategory, FundingSource, Light, Likelihood } from './schema.ts';

export const lightNames: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯', blue: '蓝灯' };

export const likelihoodNames: Record<Likelihood, string> = {
  certain: '确定能',
  possible: '有可能',
  impossible: '完全不可能',
};

/** Wordings of 完成目标可能性 as written in cells (after whitespace is removed), checked in order. */
export const likelihoodVariants: ReadonlyArray<[Likelihood, RegExp]> = [
  ['impossible', /^(完全)?不可能|^无法完成|^不能完成/],
  ['possible', /^有可能|^可能/],
  ['certain', /^确定能|^确定|^能(完成)?$|^肯定能|^可以完成|^能够完成/],
];

/**
 * 完成目标可能性 written whole in a cell, longest first: where no separator ends the cell (a table run
 * together without spaces, "…14公里确定能完成质量指标…"), the cell is one of these and what follows is the
 * next cell. Every wording is one of likelihoodVariants; the shortest forms (能, 可能, 确定) are left out,
 * as they open ordinary words too.
 */
export const likelihoodWordings: readonly string[] = [
  '完全不可能完成',
  '确定能够完成',
  '完全不可能',
  '确定能完成',
  '肯定能完成',
  '有可能完成',
  '不可能完成',
  '能够完成',
  '可以完成',
  '无法完成',
  '不能完成',
  '确定能',
  '肯定能',
  '有可能',
  '不可能',
  '能完成',
];

export const deviationCategoryNames: Record<DeviationCategory, string> = {
  funding: '经费保障',
  rules: '制度保障',
  staffing: '人员保障',
  equipment: '硬件条件保障',
  other: '其他',
};

/** Words that name a 偏差原因 category in a heading or an explanation. */
export const deviationCategoryVariants: ReadonlyArray<[DeviationCategory, RegExp]> = [
  ['funding', /经费保障|资金保障|经费不足|资金未到位/],
  ['rules', /制度保障|制度不/],
  ['staffing', /人员保障|人员不足|人手/],
  ['equipment', /硬件条件保障|硬件保障|硬件条件|设备/],
  ['other', /^其他$|其他原因/],
];

export const fundingSourceNames: Record<FundingSource, string> = {
  total: '年度资金总额',
  currentYear: '本年财政拨款',
  carriedOver: '上年结转资金',
  generalPublic: '一般公共预算',
  governmentFund: '政府性基金',
  specialAccount: '纳入专户管理的非税收入',
  other: '其他资金',
};

/** Row labels of a budget block (compact text), checked in order: the first match wins. */
export const fundingSourceVariants: ReadonlyArray<[FundingSource, RegExp]> = [
  ['total', /^(年度)?资金总额|^合计|^总计|^总额$|^项目资金总额|^资金总计/],
  ['carriedOver', /上年结转|结转资金|结余/],
  ['governmentFund', /政府性基金/],
  ['specialAccount', /专户|非税收入/],
  ['generalPublic', /一般公共预算/],
  ['currentYear', /本年财政拨款|财政拨款|当年财政|财政资金/],
  ['other', /其他资金|其他/],
];

/**
 * Rows of a 部门整体 monitoring table's budget block that split the total by 支出性质 (基本支出 /
 * 项目支出) rather than by funding source.
 */
export const expenditureNatureVariants: ReadonlyArray<['basic' | 'project', RegExp]> = [
  ['basic', /^基本支出$/],
  ['project', /^项目支出$/],
];

/** Finds the first key whose pattern matches the text. */
export function matchVariant<T>(variants: ReadonlyArray<[T, RegExp]>, text: string): T | null {
  for (const [key, pattern] of variants) if (pattern.test(text)) return key;
  return null;
}
