import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

/** Name, core flag and target of every indicator a text reads to. */
function read(text: string): Array<[string, boolean | null | undefined, string]> {
  const document = readText(text);
  if (document === null) throw new Error('not read');
  return [...eachIndicator(document)].map(({ indicator }) => [indicator.name, indicator.isCore, indicator.target?.text ?? '']);
}

describe('names a target template stars as core indicators (财预〔2021〕101号 templates)', () => {
  it('reads a starred name without the mark and as a core indicator, an unstarred one as the table does not say', () => {
    const text = [
      '项目支出绩效目标表',
      '项目名称\t残疾人两项补贴发放',
      '主管部门\t某县民政局\t实施单位\t某县残联',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t★领取补贴人数\t≥1200人',
      '\t时效指标\t按月发放及时率\t≥98%',
      '\t成本指标\t1.★生活补贴标准\t=80元',
      '满意度指标\t服务对象满意度指标\t★受助对象满意度\t≥95%',
    ].join('\n');
    expect(read(text)).toEqual([
      ['领取补贴人数', true, '≥1200人'],
      ['按月发放及时率', undefined, '≥98%'],
      ['生活补贴标准', true, '=80元'],
      ['受助对象满意度', true, '≥95%'],
    ]);
  });

  it('keeps a 是否核心指标 column that says 否 over a star', () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称\t残疾人两项补贴发放',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t是否核心指标',
      '产出指标\t数量指标\t★领取补贴人数\t≥1200人\t1260人\t50\t50\t否',
      '\t\t★补贴标准\t=80元\t80元\t40\t40\t',
      '总分\t\t\t\t\t90\t90\t',
    ].join('\n');
    expect(read(text)).toEqual([
      ['领取补贴人数', false, '≥1200人'],
      ['补贴标准', true, '=80元'],
    ]);
  });
});

describe('a 三级指标及指标值 column: the name cell writes the value after the name', () => {
  it('reads the value out of the name, and leaves a row with a value cell of its own as written', () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称\t职工住房公积金缴存',
      '一级指标\t二级指标\t三级指标及指标值\t分值\t得分',
      '产出指标\t数量指标\t缴存人数≥42人\t50\t50',
      '效益指标\t经济效益指标\t资金结余率≤5%\t40\t38',
      '总分\t\t\t90\t88',
    ].join('\n');
    expect(read(text)).toEqual([
      ['缴存人数', undefined, '≥42人'],
      ['资金结余率', undefined, '≤5%'],
    ]);
    const withValueColumn = [
      '项目支出绩效目标表',
      '项目名称\t职工住房公积金缴存',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t年满60岁职工人数≥40人的单位数\t≥3个',
    ].join('\n');
    expect(read(withValueColumn)).toEqual([['年满60岁职工人数≥40人的单位数', undefined, '≥3个']]);
  });
});
