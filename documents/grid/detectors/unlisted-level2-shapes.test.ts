import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';

const head = ['项目支出绩效自评表', '（2024年度）', '项目名称\t渠系清淤维护', '实施单位\t青禾县水利工程站'];
const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function read(lines: readonly string[]) {
  const document = readText([...head, ...lines].join('\n'));
  return document ? [...eachIndicator(document)].map(({ indicator }) => indicator) : [];
}
const levels = (lines: readonly string[]) => read(lines).map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}`);

describe('a 二级 outside the vocabulary where cells are not separated', () => {
  it('is the word after a written 一级 in rows run together with single spaces', () => {
    expect(
      levels([
        header.join(' '),
        '产出指标 工作任务量 清淤渠道长度 ≥46公里 48公里 20 20',
        '满意度指标 群众评价 沿渠农户满意度 ≥90% 93% 10 10',
        '总分 30 30',
      ]),
    ).toEqual(['产出指标/工作任务量/清淤渠道长度', '满意度指标/群众评价/沿渠农户满意度']);
  });

  it('is written after the 一级 it follows at runs of spaces, even when that 一级 is also a 二级 (满意度指标)', () => {
    expect(
      levels([
        header.join('    '),
        '产出指标    工作任务量    清淤渠道长度    ≥46公里    48公里    20    20',
        '工作质量类    清淤验收合格率    =100%    100%    10    10',
        '满意度指标    群众评价    沿渠农户满意度    ≥90%    93%    10    10',
      ]),
    ).toEqual(['产出指标/工作任务量/清淤渠道长度', '产出指标/工作质量类/清淤验收合格率', '满意度指标/群众评价/沿渠农户满意度']);
  });

  it('keeps a 成本指标 row with an explanatory column as a 二级 row (its cells are the columns from the 二级 on)', () => {
    expect(
      levels([
        '一级指标    二级指标    三级指标    绩效标准    年度指标值',
        '产出指标    数量指标    清淤渠道长度    反映清淤工作量    ≥46公里',
        '成本指标    清淤单位成本    反映每公里清淤费用    ≤1.2万元',
      ]),
    ).toEqual(['产出指标/数量指标/清淤渠道长度', '产出指标/成本指标/清淤单位成本']);
  });

  it('is the line after a row scored in full, one cell per line, when a whole row follows from it', () => {
    const cells = [...header, '产出指标', '工作任务量', '清淤渠道长度', '≥46公里', '48公里', '20', '20', '工作质量类', '清淤验收合格率', '=100%', '100%', '10', '10'];
    expect(levels(cells)).toEqual(['产出指标/工作任务量/清淤渠道长度', '产出指标/工作质量类/清淤验收合格率']);
  });

  it('stays the 偏差原因 of a row that lost points, one cell per line', () => {
    const cells = [...header, '产出指标', '工作任务量', '清淤渠道长度', '≥46公里', '40公里', '20', '16', '汛期延误工期', '清淤验收合格率', '=100%', '100%', '10', '10'];
    const [first, second] = read(cells);
    expect(first?.deviation).toBe('汛期延误工期');
    expect(`${second?.level2}/${second?.name}`).toBe('工作任务量/清淤验收合格率');
  });
});
