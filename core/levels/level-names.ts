/**
 * The indicator tree's level names as data (DOMAIN.md "The indicator tree"): one stable key per 一级
 * (output / outcome / satisfaction / cost; decision / process for the 决策 and 过程 of evaluation
 * scoring tables, 财预〔2020〕10号 附件 项目支出绩效评价指标体系框架), the canonical Chinese name the model stores, the
 * written variants seen across regions and years, and the 二级 names under each. A 二级 written
 * without its 一级 implies it (经济效益指标 → 效益指标).
 */

export const level1Keys = ['output', 'outcome', 'satisfaction', 'cost', 'decision', 'process'] as const;
export type Level1Key = (typeof level1Keys)[number];

export interface Level1Entry {
  key: Level1Key;
  /** The name the model stores (core/model.ts level1). */
  name: string;
  /** Other ways documents write it (spaces removed, weight notes stripped). */
  variants: readonly string[];
}

export const level1Entries: readonly Level1Entry[] = [
  { key: 'output', name: '产出指标', variants: ['产出', '产出类指标'] },
  { key: 'outcome', name: '效益指标', variants: ['效益', '效果指标', '效益类指标'] },
  { key: 'satisfaction', name: '满意度指标', variants: ['满意度', '满意度类指标'] },
  { key: 'cost', name: '成本指标', variants: ['成本', '成本类指标'] },
  // Evaluation scoring tables (评价报告, some 自评表): 决策 and 过程 beside 产出 and 效益, written bare.
  { key: 'decision', name: '决策', variants: ['决策指标', '项目决策', '决策类指标'] },
  { key: 'process', name: '过程', variants: ['过程指标', '项目过程', '过程类指标', '项目管理'] },
];

export interface Level2Entry {
  /** The 一级 it belongs to when the document leaves 一级 blank. */
  parent: Level1Key;
  /** The name as the model stores it. */
  name: string;
  variants: readonly string[];
}

export const level2Entries: readonly Level2Entry[] = [
  { parent: 'output', name: '数量指标', variants: ['数量'] },
  // 决策 and 过程's 二级 of the national framework. 绩效目标 is left out on purpose: it is also a
  // header and goal label ("绩效目标" columns, 年度绩效目标), so it never implies 决策 by itself.
  { parent: 'decision', name: '项目立项', variants: ['立项'] },
  { parent: 'decision', name: '资金投入', variants: [] },
  { parent: 'process', name: '资金管理', variants: [] },
  { parent: 'process', name: '组织实施', variants: [] },
  { parent: 'output', name: '质量指标', variants: ['质量'] },
  { parent: 'output', name: '时效指标', variants: ['时效'] },
  // Older templates put 成本 under 产出; newer ones make 成本指标 its own 一级 (DOMAIN.md).
  { parent: 'cost', name: '成本指标', variants: [] },
  { parent: 'cost', name: '经济成本指标', variants: ['经济成本'] },
  { parent: 'cost', name: '社会成本指标', variants: ['社会成本'] },
  { parent: 'cost', name: '生态环境成本指标', variants: ['生态环境成本', '生态成本指标', '环境成本指标'] },
  { parent: 'outcome', name: '经济效益指标', variants: ['经济效益'] },
  { parent: 'outcome', name: '社会效益指标', variants: ['社会效益'] },
  { parent: 'outcome', name: '生态效益指标', variants: ['生态效益', '环境效益指标', '生态环境效益指标'] },
  { parent: 'outcome', name: '可持续影响指标', variants: ['可持续影响', '可持续发展指标'] },
  { parent: 'satisfaction', name: '服务对象满意度指标', variants: ['服务对象满意度', '满意度指标'] },
  {
    parent: 'satisfaction',
    name: '社会公众或服务对象满意度',
    variants: ['社会公众或服务对象满意度指标', '社会公众满意度', '社会公众满意度指标'],
  },
];

/** The weight note a level heading may carry: "产出指标（50分）", "(30 分)". */
export const LEVEL_WEIGHT_NOTE = /[（(]\s*(\d+(?:\.\d+)?)\s*(?:分\s*)?[）)]$/;

/** Level names are short: longer cells are never levels. */
export const MAX_LEVEL_LENGTH = 24;
