/**
 * The national default (财预〔2020〕10号 forms): its words are the vocabulary of ../labels.ts, so the
 * profile itself only states the operator words and the rules' settings.
 */
import type { RegionProfile } from './types.ts';

export const nationalProfile: RegionProfile = {
  id: 'national',
  name: '全国（财预〔2020〕10号）',
  evidence: [],
  operatorWords: {
    正向: '>=',
    正向指标: '>=',
    反向: '<=',
    反向指标: '<=',
    大于等于: '>=',
    小于等于: '<=',
    等于: '=',
    '≥': '>=',
    '≤': '<=',
    '=': '=',
    '>': '>',
    '<': '<',
  },
  executionRateBase: 'adjusted',
  weights: { executionRate: 10, indicators: 90 },
};
