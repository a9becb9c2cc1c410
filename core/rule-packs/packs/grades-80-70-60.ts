/**
 * Grades 优 ≥ 80, 良 ≥ 70, 中 ≥ 60; 2 points off the total per indicator whose actual reaches
 * 130% of its target (偏离度); scores to one decimal; monitoring warns at execution milestones
 * (docs/rule-packs/grades-80-70-60.md).
 */
import { requireInDepartment } from '../../indicator-library/common-indicators.ts';
import type { RulePack } from '../schema.ts';

export const grades807060Pack: RulePack = {
  name: 'grades-80-70-60',
  version: '1',
  title: '等级优≥80、良≥70、中≥60，偏离度扣分',
  source: '地方绩效自评办法版式：等级线80/70/60分，偏离度达130%扣2分，得分保留一位小数',
  region: '地方（80/70/60 等级线）',
  changes: [
    '等级：优≥80分，良70–80分，中60–70分，差<60分',
    '实际完成值达到指标值130%及以上的指标，每项从总分扣2分',
    '得分保留一位小数（四舍五入）',
    '运行监控按执行进度节点预警',
    '部门整体绩效目标表须有预算执行率、三公经费控制率、预决算信息公开率三项共性指标（不要求结转结余率、政府采购执行率）',
  ],
  scoring: {
    name: '等级线80/70/60、偏离度扣分',
    gradeEdges: { excellent: '80', good: '70', fair: '60' },
    deviationDegree: { mode: 'deduct', threshold: '1.3', points: '2' },
    roundingPlaces: 1,
  },
  lightPolicy: 'milestone',
  readerProfile: null,
  requiredCommonIndicators: requireInDepartment('预算执行率', '三公经费控制率', '预决算信息公开率'),
};
