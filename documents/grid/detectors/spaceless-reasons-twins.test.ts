import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { spacelessStreamDetector } from './spaceless-stream.ts';

/** A Hunan county 专项资金 自评表 run together (a document site's page, its cells' wrap spaces gone): no 分值/得分. */
const header = '2021年度县级专项资金绩效目标自评表专项资金名称示范河堤巡护绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施';

function rowsOf(stream: string): string[][] {
  return spacelessStreamDetector.readRows([header + stream]).map((row) => rowTexts(row).filter((text) => text !== ''));
}

describe('a reason after a row’s values in a run-together 自评表', () => {
  it('never opens with a level word: the next row’s 二级 opens its row, though its name runs long', () => {
    const rows = rowsOf('产出指标数量指标巡护河堤里程120公里120公里堤防隐患排查覆盖率100%100%质量指标河堤巡护管理制度严格执行率100%100%巡护记录完整率100%98%');
    expect(rows).toContainEqual(['堤防隐患排查覆盖率', '100%', '100%']);
    expect(rows).toContainEqual(['质量指标', '河堤巡护管理制度严格执行率', '100%', '100%']);
  });

  it('still reads a reason that opens with other words', () => {
    const rows = rowsOf('产出指标时效指标汛前检查完成率100%95%汛期检查任务集中，已增派巡查人员成本指标巡护资金使用合规率100%100%效益指标社会效益指标沿岸群众受益人数≥8000人8600人');
    expect(rows).toContainEqual(['产出指标', '时效指标', '汛前检查完成率', '100%', '95%', '汛期检查任务集中，已增派巡查人员']);
  });
});

describe('a target met as written, run together with its result', () => {
  it('parts a bare number and its twin at the row’s end ("…比例00")', () => {
    const rows = rowsOf('产出指标质量指标巡护路段不合格比例00时效指标隐患处置及时率100%100%');
    expect(rows).toContainEqual(['产出指标', '质量指标', '巡护路段不合格比例', '0', '0']);
  });

  it('parts a one-character text and its twin at the row’s end ("…安全性高高")', () => {
    const rows = rowsOf('效益指标可持续影响指标堤防设施维护及安全性高高满意度指标服务对象满意度指标沿岸群众满意度≥90%93%');
    expect(rows).toContainEqual(['效益指标', '可持续影响指标', '堤防设施维护及安全性', '高', '高']);
  });
});

describe('an enumeration comma inside a run-together row', () => {
  it('ends no cell: a name listing quantities ("1200吨稻谷、300吨成品粮…") stays whole', () => {
    const rows = rowsOf('产出指标数量指标1200吨稻谷、300吨成品粮轮换完成率100%100%库存数量真实率100%100%质量指标仓储管理制度执行率100%100%');
    expect(rows).toContainEqual(['产出指标', '数量指标', '1200吨稻谷、300吨成品粮轮换完成率', '100%', '100%']);
    expect(rows).toContainEqual(['库存数量真实率', '100%', '100%']);
  });
});
