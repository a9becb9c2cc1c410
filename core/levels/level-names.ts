/**
 * The indicator tree's level names as data (DOMAIN.md "The indicator tree"): one stable key per 一级
 * (output / outcome / satisfaction / cost; decision / process for the 决策 and 过程 of evaluation
 * scoring tables, 财预〔2020〕10号 附件 项目支出绩效评价指标体系框架), the canonical Chinese name the model stores, the
 * written variants seen across regions and years, and the 二级 names under each. A 二级 written
 * without its 一级 implies it (经济效益指标 → 效益指标).
 */

export const level1Keys = ['output', 'outcome', 'satisfaction', 'cost', 'decision', 'process', 'input', 'planning', 'execution'] as const;
export type Level1Key = (typeof level1Keys)[number];

export interface Level1Entry {
  key: Level1Key;
  /** The name the model stores (core/model.ts level1). */
  name: string;
  /** Other ways documents write it (spaces removed, weight notes stripped). */
  variants: readonly string[];
  /**
   * A level of an evaluation scoring framework (决策/过程, 投入, 规划/执行): its weights are set per
   * evaluation in the table's own headings, and 预算执行率 is scored among its indicators.
   */
  isFrameworkLevel?: boolean;
}

// Fujian's 预算绩效 system words every level as a goal (产出目标 / 数量目标 / 社会效益目标, its 项目支出绩效自评报告 2023).
export const level1Entries: readonly Level1Entry[] = [
  // 项目产出 / 项目效益: a city framework's 一级 (项目决策/项目管理/项目产出/项目效益, Ningxia 2021) beside the
  // 2013 framework's 二级 of the same words under 项目绩效 (level2Entries below): the column decides.
  { key: 'output', name: '产出指标', variants: ['产出', '产出类指标', '项目产出', '产出目标'] },
  { key: 'outcome', name: '效益指标', variants: ['效益', '效果指标', '效益类指标', '效果', '部门效果', '项目效益', '效益目标'] },
  { key: 'satisfaction', name: '满意度指标', variants: ['满意度', '满意度类指标', '满意度目标'] },
  { key: 'cost', name: '成本指标', variants: ['成本', '成本类指标', '成本目标'] },
  // Evaluation scoring tables (评价报告, some 自评表): 决策 and 过程 beside 产出 and 效益, written bare.
  { key: 'decision', name: '决策', variants: ['决策指标', '项目决策', '决策类指标', '部门决策'], isFrameworkLevel: true },
  { key: 'process', name: '过程', variants: ['过程指标', '项目过程', '过程类指标', '项目管理', '部门管理'], isFrameworkLevel: true },
  // 部门整体 evaluation tables: 投入/过程/产出/效果 (the 2013 national 部门整体支出 framework and its
  // provincial versions), Anhui's 规划/执行/效果; 效果 is written for 效益 (outcome above).
  { key: 'input', name: '投入', variants: ['投入指标', '部门投入', '项目投入', '投入类指标'], isFrameworkLevel: true },
  { key: 'planning', name: '规划', variants: ['规划指标', '部门规划', '规划类指标', '预算规划'], isFrameworkLevel: true },
  { key: 'execution', name: '执行', variants: ['执行指标', '部门执行', '执行类指标', '预算执行与管理'], isFrameworkLevel: true },
];

export interface Level2Entry {
  /** The 一级 it belongs to when the document leaves 一级 blank. */
  parent: Level1Key;
  /** The name as the model stores it. */
  name: string;
  variants: readonly string[];
}

export const level2Entries: readonly Level2Entry[] = [
  { parent: 'output', name: '数量指标', variants: ['数量', '数量目标'] },
  // 决策 and 过程's 二级 of the national framework. 绩效目标 is left out on purpose: it is also a
  // header and goal label ("绩效目标" columns, 年度绩效目标), so it never implies 决策 by itself.
  { parent: 'decision', name: '项目立项', variants: ['立项'] },
  { parent: 'decision', name: '资金投入', variants: [] },
  { parent: 'process', name: '资金管理', variants: [] },
  { parent: 'process', name: '组织实施', variants: [] },
  // 产出 and 效益's 二级 of the national framework (财预〔2020〕10号 附件1): 产出数量/产出质量/产出时效/
  // 产出成本 and 项目效益, as evaluation reports' score tables write them; the 2013 framework
  // (财预〔2013〕53号, still used by Hainan and others) writes 决策过程/资金分配, 资金到位 and 项目产出.
  { parent: 'output', name: '产出数量', variants: [] },
  { parent: 'output', name: '产出质量', variants: [] },
  { parent: 'output', name: '产出时效', variants: [] },
  { parent: 'output', name: '产出成本', variants: [] },
  { parent: 'output', name: '项目产出', variants: [] },
  { parent: 'outcome', name: '项目效益', variants: [] },
  { parent: 'decision', name: '决策过程', variants: [] },
  { parent: 'decision', name: '资金分配', variants: [] },
  { parent: 'process', name: '资金到位', variants: [] },
  // City frameworks' 项目管理 (Ningxia 2021: 项目决策 / 项目管理 / 项目产出 / 项目效益): 投入管理, 财务管理, 项目实施.
  { parent: 'process', name: '投入管理', variants: [] },
  { parent: 'process', name: '财务管理', variants: [] },
  { parent: 'process', name: '项目实施', variants: [] },
  // 部门整体 frameworks' 二级: 投入 (目标设定, 预算配置), 规划 (预算编制), 过程/执行 (预算执行, 预算管理,
  // 资产管理), 产出 (职责履行), 效果 (履职效益).
  { parent: 'input', name: '目标设定', variants: ['目标制定'] },
  { parent: 'input', name: '预算配置', variants: [] },
  { parent: 'planning', name: '预算编制', variants: ['预算编制管理'] },
  { parent: 'process', name: '预算执行', variants: ['预算执行管理'] },
  { parent: 'process', name: '预算管理', variants: [] },
  { parent: 'process', name: '资产管理', variants: [] },
  { parent: 'output', name: '职责履行', variants: ['履职产出'] },
  { parent: 'outcome', name: '履职效益', variants: ['履职效果', '履职效能'] },
  { parent: 'output', name: '质量指标', variants: ['质量', '质量目标'] },
  // The older 申报表 (Heilongjiang, Shanxi 市级部门预算 2015–2024) writes two 二级 only: 目标完成程度
  // (what the project delivers) and 项目实施效益 (its effects).
  { parent: 'output', name: '目标完成程度', variants: [] },
  { parent: 'outcome', name: '项目实施效益', variants: [] },
  { parent: 'output', name: '时效指标', variants: ['时效', '时效目标'] },
  // Guangdong's older 批复表 (Dongguan, twenty-fifth study) writes a fourth 产出 二级 "预算(或投资规模)控制指标" (its bracket goes: level-key.ts).
  { parent: 'output', name: '预算控制指标', variants: ['投资规模控制指标'] },
  // Older templates put 成本 under 产出; newer ones make 成本指标 its own 一级 (DOMAIN.md).
  { parent: 'cost', name: '成本指标', variants: ['成本目标'] },
  { parent: 'cost', name: '经济成本指标', variants: ['经济成本'] },
  { parent: 'cost', name: '社会成本指标', variants: ['社会成本'] },
  { parent: 'cost', name: '生态环境成本指标', variants: ['生态环境成本', '生态成本指标', '环境成本指标'] },
  { parent: 'outcome', name: '经济效益指标', variants: ['经济效益', '经济效益目标'] },
  { parent: 'outcome', name: '社会效益指标', variants: ['社会效益', '社会效益目标'] },
  { parent: 'outcome', name: '生态效益指标', variants: ['生态效益', '环境效益指标', '生态环境效益指标', '生态效益目标'] },
  { parent: 'outcome', name: '可持续影响指标', variants: ['可持续影响', '可持续发展指标', '可持续影响目标'] },
  { parent: 'satisfaction', name: '服务对象满意度指标', variants: ['服务对象满意度', '满意度指标', '服务对象满意度目标'] },
  {
    parent: 'satisfaction',
    name: '社会公众或服务对象满意度',
    variants: ['社会公众或服务对象满意度指标', '社会公众满意度', '社会公众满意度指标'],
  },
];

/**
 * 二级 names that are levels only inside one 一级's group (`group`, else their own). 绩效目标 is also a
 * header and goal label (绩效目标 columns, 年度绩效目标), so only under 决策 (the national framework's
 * 项目立项 / 绩效目标 / 资金投入) does it name a 二级; 满意度 is a 一级 name everywhere but under 效果.
 */
export const groupBoundLevel2Entries: ReadonlyArray<Level2Entry & { group?: Level1Key }> = [
  { parent: 'decision', name: '绩效目标', variants: ['绩效目标设定'] },
  // The 2013 framework's 项目目标 under 项目决策: elsewhere a header label ("项目目标" beside its text).
  { parent: 'decision', name: '项目目标', variants: [] },
  // 部门整体 frameworks write 满意度 bare as a 二级 of 效果/部门绩效 (Sichuan 2019–2023, Anhui).
  { parent: 'satisfaction', name: '满意度', variants: [], group: 'outcome' },
];

/**
 * 二级 kinds that also stand under another 一级 than their own. Older templates put 成本 under 产出
 * (DOMAIN.md), even where the 一级 is only implied by the 二级 above (sample 000 writes no 一级 at
 * all). The national evaluation framework (财预〔2020〕10号 附件) and the 2015 central 申报表 put 满意度
 * under 效益, but only a 效益 the document writes keeps it: a 满意度 二级 after an implied 效益 opens
 * the 满意度 一级 (sample 000).
 */
export const level2AlsoUnder: ReadonlyArray<{ level2: Level1Key; under: Level1Key; onlyUnderWrittenLevel1: boolean; onlyNames?: readonly string[] }> = [
  { level2: 'cost', under: 'output', onlyUnderWrittenLevel1: false },
  // A 投入 一级 holds what the work costs (a city's 绩效目标评审申报表: 时效目标 and 成本目标 under 投入).
  { level2: 'cost', under: 'input', onlyUnderWrittenLevel1: true },
  { level2: 'satisfaction', under: 'outcome', onlyUnderWrittenLevel1: true },
  // 部门整体 frameworks group the same 二级 under other 一级: 规划 holds 投入's 目标设定 and 预算配置,
  // 投入 may hold 预算编制, 执行 holds 过程's 预算执行/预算管理/资产管理, and Anhui's 效果 holds 职责履行.
  { level2: 'input', under: 'planning', onlyUnderWrittenLevel1: true },
  { level2: 'planning', under: 'input', onlyUnderWrittenLevel1: true },
  { level2: 'planning', under: 'decision', onlyUnderWrittenLevel1: true },
  { level2: 'process', under: 'execution', onlyUnderWrittenLevel1: true },
  // Only 职责履行: a 时效指标 after 效益 is a 产出 row whose 一级 cell was lost, not part of 效益.
  { level2: 'output', under: 'outcome', onlyUnderWrittenLevel1: true, onlyNames: ['职责履行', '履职产出'] },
];

/**
 * A 二级 outside the lists above is still known by its shape: a short word ending in 指标 whose
 * kind word says its 一级 ("服务质量指标", "工作进度指标", "社会效应指标", "受益群众满意度指标").
 * Kind words are tried in order (满意 before 效益: "效益满意度指标" is about satisfaction).
 */
export const level2ShapeKinds: ReadonlyArray<readonly [string, Level1Key]> = [
  ['满意', 'satisfaction'],
  ['成本', 'cost'],
  ['效益', 'outcome'],
  ['效果', 'outcome'],
  ['效应', 'outcome'],
  ['影响', 'outcome'],
  ['数量', 'output'],
  ['质量', 'output'],
  ['时效', 'output'],
  ['进度', 'output'],
];

/** The longest 二级 read by its shape. */
export const MAX_LEVEL2_SHAPE_LENGTH = 12;

/** The weight note a level heading may carry: "产出指标（50分）", "(30 分)". */
export const LEVEL_WEIGHT_NOTE = /[（(]\s*(\d+(?:\.\d+)?)\s*(?:分\s*)?[）)]$/;

/**
 * The weight written right after a level's last character without brackets: "产出指标40分", "数量指标15分" (a Hubei
 * county's 自评表, sixteenth study). Only after a Chinese character and with 分, so "≥90" or "2024年" are none.
 */
export const LEVEL_WEIGHT_SUFFIX = /(?<=[\u4e00-\u9fff])(\d{1,3}(?:\.\d{1,2})?)分$/;

/**
 * The range of weights a template allows a level, printed after it: "成本指标(0-20)分", "产出指标（40-50分）" (a Chongqing
 * 项目支出绩效目标审批表). A range is no weight: it is left out of the level's name and no weight is read from it.
 */
export const LEVEL_WEIGHT_RANGE_NOTE = /[（(]\s*\d{1,3}\s*[-－—–~～至]\s*\d{1,3}\s*(?:分\s*)?[）)](?:\s*分)?$/;

/** Level names are short: longer cells are never levels. */
export const MAX_LEVEL_LENGTH = 24;
