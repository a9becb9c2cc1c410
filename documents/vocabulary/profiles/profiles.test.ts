import { describe, expect, it } from 'vitest';
import {
  detectProfile,
  getProfile,
  readWithProfile,
  currentVocabulary,
  regionProfiles,
  vocabularyFor,
  type RegionProfile,
} from './index.ts';
import { readText } from '../../../documents/text/read-text.ts';

describe('region profiles', () => {
  it('registers the national default first, then Sichuan and Chongqing', () => {
    expect(regionProfiles.map((profile) => profile.id)).toEqual(['national', 'sichuan', 'chongqing']);
    expect(getProfile(undefined).id).toBe('national');
    expect(getProfile('重庆').id).toBe('national');
    expect(getProfile('chongqing').name).toBe('重庆');
  });

  it.each([
    ['报表编号:510000_0013zp\n部门预算项目支出绩效自评表', 'sichuan'],
    ['指标名称\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t是否核心指标', 'chongqing'],
    ['项目支出绩效自评表\n项目名称\t示范工程', 'national'],
  ])('detects the profile of %j as %s', (text, id) => {
    expect(detectProfile(text).id).toBe(id);
  });

  it("tries the selected profile's words first and keeps every other region's", () => {
    const chongqing = vocabularyFor(getProfile('chongqing'));
    expect(chongqing.budgetColumnLabels.weight).toContain('执行率权重');
    expect(chongqing.budgetColumnLabels.weight).toContain('权重');
    expect(chongqing.budgetColumnLabels.weight.indexOf('执行率权重')).toBeLessThan(
      chongqing.budgetColumnLabels.weight.indexOf('权重'),
    );
    expect(
      vocabularyFor(getProfile('national')).budgetRowLabels.find(({ slot }) => slot === 'specialAccount')
        ?.labels,
    ).toContain('财政专户管理资金');
  });

  it('reads with a new province from its profile alone', () => {
    const province: RegionProfile = {
      id: 'test-region',
      name: '示例省',
      evidence: [],
      budgetColumnLabels: { executed: ['实际拨付数'] },
      budgetRowLabels: { currentYear: ['省级补助资金'] },
      operatorWords: { 正向: '>=' },
      executionRateBase: 'adjusted',
      weights: { executionRate: 10, indicators: 90 },
    };
    const text = [
      '项目支出绩效目标表',
      '项目名称\t示范工程',
      '实施单位\t示范县水务局',
      '项目资金\t年初预算数\t全年预算数\t实际拨付数',
      '\t年度资金总额\t80\t90\t85',
      '\t省级补助资金\t80\t90\t85',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t新建管网\t≥5公里',
    ].join('\n');
    expect(readText(text, { profile: province })?.budget.bySource?.currentYear).toBe('90');
    expect(readText(text)?.budget.bySource?.currentYear).toBeUndefined();
  });

  it('restores the previous vocabulary after a read', () => {
    const before = currentVocabulary();
    readWithProfile(getProfile('sichuan'), () => expect(currentVocabulary().profile.id).toBe('sichuan'));
    expect(currentVocabulary()).toBe(before);
  });
});
