/**
 * 共性指标 for 部门整体支出 shipped with the product, with definitions and formulas in our own words
 * after the rules on department-wide budget performance (财预〔2020〕10号 and the 部门整体支出
 * 绩效评价共性指标框架). Finance can edit or retire them like any entry; they are loaded once.
 */
import { z } from 'zod';
import { level1Keys } from '../levels/level-names.ts';
import { scopeSchema } from '../model.ts';
import type { EntryInput } from './entry.ts';

const department = { sectors: [], function: '部门整体支出管理', scope: 'department' } as const;
const source = '部门整体支出绩效评价共性指标（按财预〔2020〕10号整理）';

function common(entry: Omit<EntryInput, 'kind' | 'tags' | 'source' | 'validFrom' | 'validTo'>): EntryInput {
  return { ...entry, kind: 'common', tags: { ...department, sectors: [] }, source, validFrom: null, validTo: null };
}

/**
 * 共性指标 for 项目支出: 财预〔2020〕10号 asks every project with service objects for a 服务对象满意度
 * indicator under 满意度指标.
 */
const projectCommon: EntryInput = {
  name: '服务对象满意度',
  level1: 'satisfaction',
  level2: '服务对象满意度指标',
  kind: 'common',
  definition: '项目服务对象（群众、学生、企业等）对项目实施效果的满意程度，一般通过问卷调查取得。',
  formula: '服务对象满意度 = 调查中表示满意（含基本满意）的人数 ÷ 有效调查人数 × 100%',
  unit: '%',
  direction: 'higher-better',
  scoringMethod: '达到目标值得满分；每低于目标值1个百分点扣分值的10%，扣完为止。',
  referenceValues: [{ text: '≥90%', basis: 'industry', note: '服务对象满意度调查' }],
  tags: { sectors: [], function: '项目支出', scope: 'project' },
  source,
  validFrom: null,
  validTo: null,
};

export const commonIndicators: readonly EntryInput[] = [
  projectCommon,
  common({
    name: '预算执行率',
    level1: 'output',
    level2: '时效指标',
    definition: '部门全年实际支出占全年预算数的比重，反映预算执行的进度和完整程度。',
    formula: '预算执行率 = 全年实际支出数 ÷ 全年预算数（含调整）× 100%',
    unit: '%',
    direction: 'higher-better',
    scoringMethod: '达到目标值得满分；每低于目标值1个百分点扣分值的2%，扣完为止。',
    referenceValues: [{ text: '≥95%', basis: 'plan', note: '年度预算执行进度要求' }],
  }),
  common({
    name: '结转结余率',
    level1: 'output',
    level2: '质量指标',
    definition: '年末结转和结余资金占全年预算数的比重，反映资金是否及时用出。',
    formula: '结转结余率 = 年末结转结余资金总额 ÷ 全年预算数 × 100%',
    unit: '%',
    direction: 'lower-better',
    scoringMethod: '不高于目标值得满分；每高出1个百分点扣分值的5%，扣完为止。',
    referenceValues: [{ text: '≤5%', basis: 'finance-confirmed', note: null }],
  }),
  common({
    name: '预算调整率',
    level1: 'output',
    level2: '质量指标',
    definition: '年度中追加、追减的预算占年初预算的比重，反映年初预算编得是否准确。',
    formula: '预算调整率 = （全年预算数 − 年初预算数）的绝对值 ÷ 年初预算数 × 100%',
    unit: '%',
    direction: 'lower-better',
    scoringMethod: '不高于目标值得满分；超出部分按比例扣分。',
    referenceValues: [{ text: '≤10%', basis: 'finance-confirmed', note: null }],
  }),
  common({
    name: '三公经费控制率',
    level1: 'cost',
    level2: '经济成本指标',
    definition: '因公出国（境）费、公务用车购置及运行费、公务接待费的实际支出与预算安排之比，反映“三公”经费是否压减在预算以内。',
    formula: '三公经费控制率 = 三公经费实际支出数 ÷ 三公经费预算数 × 100%',
    unit: '%',
    direction: 'lower-better',
    scoringMethod: '不超过100%得满分；超过即不得分。',
    referenceValues: [{ text: '≤100%', basis: 'plan', note: '过紧日子要求' }],
  }),
  common({
    name: '政府采购执行率',
    level1: 'output',
    level2: '质量指标',
    definition: '实际政府采购金额占年初政府采购预算的比重，反映采购是否按预算执行。',
    formula: '政府采购执行率 = 实际政府采购金额 ÷ 政府采购预算数 × 100%',
    unit: '%',
    direction: 'higher-better',
    scoringMethod: '达到目标值得满分；低于目标值按比例扣分。',
    referenceValues: [{ text: '≥90%', basis: 'finance-confirmed', note: null }],
  }),
  common({
    name: '财政供养人员控制率',
    level1: 'cost',
    level2: '经济成本指标',
    definition: '在职人员实有数占核定编制数的比重，反映人员是否控制在编制以内。',
    formula: '财政供养人员控制率 = 在职人员实有数 ÷ 核定编制数 × 100%',
    unit: '%',
    direction: 'lower-better',
    scoringMethod: '不超过100%得满分；超编即不得分。',
    referenceValues: [{ text: '≤100%', basis: 'plan', note: '机构编制核定数' }],
  }),
  common({
    name: '公用经费控制率',
    level1: 'cost',
    level2: '经济成本指标',
    definition: '实际公用经费支出与公用经费预算之比，反映日常运行经费是否节约。',
    formula: '公用经费控制率 = 公用经费实际支出数 ÷ 公用经费预算数 × 100%',
    unit: '%',
    direction: 'lower-better',
    scoringMethod: '不超过100%得满分；超出部分按比例扣分。',
    referenceValues: [{ text: '≤100%', basis: 'plan', note: null }],
  }),
  common({
    name: '固定资产利用率',
    level1: 'output',
    level2: '质量指标',
    definition: '在用固定资产总额占全部固定资产总额的比重，反映资产是否闲置。',
    formula: '固定资产利用率 = 在用固定资产原值 ÷ 固定资产原值总额 × 100%',
    unit: '%',
    direction: 'higher-better',
    scoringMethod: '达到目标值得满分；低于目标值按比例扣分。',
    referenceValues: [{ text: '≥95%', basis: 'industry', note: null }],
  }),
  common({
    name: '资产管理制度健全性',
    level1: 'output',
    level2: '质量指标',
    definition: '是否建立资产配置、使用、处置的管理制度并执行，账实相符。',
    formula: '定性：制度健全且执行到位为“健全”',
    unit: '',
    direction: 'qualitative',
    scoringMethod: '健全得满分；基本健全得一半；不健全不得分。',
    referenceValues: [{ text: '健全', basis: 'finance-confirmed', note: null }],
  }),
  common({
    name: '预决算信息公开率',
    level1: 'output',
    level2: '时效指标',
    definition: '按规定时限和内容公开部门预算、决算及绩效信息的比重。',
    formula: '预决算信息公开率 = 按规定公开的事项数 ÷ 应公开的事项数 × 100%',
    unit: '%',
    direction: 'higher-better',
    scoringMethod: '全部按时公开得满分；每缺一项扣分值的20%。',
    referenceValues: [{ text: '=100%', basis: 'plan', note: null }],
  }),
];

/**
 * A 共性指标 a rule pack requires (docs/rule-packs.md): in 部门整体 or in 项目 target tables; with
 * `orAnyOfLevel1`, any indicator under that 一级 counts (服务对象满意度: any 满意度指标 row, as units
 * name it after their service objects: 群众满意度, 学生家长满意度).
 */
export const commonIndicatorRequirementSchema = z
  .object({ name: z.string().min(1), scope: scopeSchema, orAnyOfLevel1: z.enum(level1Keys).optional() })
  .strict();
export type CommonIndicatorRequirement = z.infer<typeof commonIndicatorRequirementSchema>;

/** Requirements in 部门整体 target tables, by name. */
export function requireInDepartment(...names: string[]): CommonIndicatorRequirement[] {
  return names.map((name) => ({ name, scope: 'department' }));
}

/** The 共性指标 of 财预〔2020〕10号's 部门整体 framework a table must carry unless a pack says otherwise. */
export const defaultRequiredCommonIndicators: readonly CommonIndicatorRequirement[] = requireInDepartment('预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率');

/** 服务对象满意度 in every 项目 target table, satisfied by any 满意度指标 row. */
export const projectSatisfactionRequirement: CommonIndicatorRequirement = { name: '服务对象满意度', scope: 'project', orAnyOfLevel1: 'satisfaction' };
