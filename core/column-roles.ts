/**
 * The roles a column of an indicator table can play (序号, goal, 一级/二级, name, 指标值, 完成值, 分值, 得分 …).
 * The wordings that name each role across regions are data in documents/vocabulary/columns.ts; the roles
 * themselves live here so the API contract (contract/import-review.ts) can name them without importing a reader.
 */
export const columnRoles = [
  'sequence',
  'goal',
  'level1',
  'level2',
  'name',
  'content',
  'operator',
  'initialTarget',
  'target',
  'unit',
  'actual',
  'actualToDate',
  'forecast',
  'weight',
  'score',
  'scoreRatio',
  'isCore',
  'direction',
  'scoringRule',
  'deviation',
  'likelihood',
  'remark',
  // 指标属性 (定量/定性) of the 预算管理一体化 system's tables: read to place cells, kept nowhere.
  'measureKind',
  // 上年度实际水平 beside 本年度计划水平 (older 申报表): the level the year before, read to place cells, kept nowhere.
  'priorValue',
  // 累计完成率 beside the target and the actual (Fujian's system-made 自评报告): their ratio, read to place cells, kept nowhere.
  'completionRate',
  // 复核分 / 财政审核评分 beside the unit's 自评分 (a Hubei county's 自评表, Ningxia's city form): the reviewer's score, left
  // empty by the unit; read to place cells, kept nowhere.
  'reviewScore',
  // 采集数据项 (数据项1 / 数据项2) of a 专项经费绩效评价表 (seventeenth study): the figures the 指标值 is worked out from
  // (spent and budget for an execution rate); read to place cells, kept nowhere.
  'dataItem',
  // 二级指标(长期) | 三级指标(长期) | 指标值(长期) beside the year's own columns (a Wuhan district's 项目支出绩效目标表, nineteenth
  // study): the long-term indicators of the plan, read to place cells, kept nowhere (the year's are the document's).
  'longTerm',
] as const;
export type ColumnRole = (typeof columnRoles)[number];
