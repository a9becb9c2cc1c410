import { describe, expect, it } from 'vitest';
import { cpuMilliseconds } from '../../test-support/cpu-time.ts';
import { readOverallGoal, readOverallGoalInLine } from './overall-goal.ts';
import { readTableRows } from './table-rows.ts';

const goalOf = (lines: string[]) => readOverallGoal(readTableRows(lines))?.text ?? null;

describe('readOverallGoal', () => {
  it.each([
    ['beside its label (tabs)', ['项目名称\t路灯维护', '年度目标\t完成路灯维护1200盏，亮灯率不低于98%。\t\t'], '完成路灯维护1200盏，亮灯率不低于98%。'],
    ['beside its label (pipes)', ['| 绩效目标 | 全年培训600人次以上。 | | |'], '全年培训600人次以上。'],
    ['after the label in the same cell, with a colon', ['年度目标：购置救援装备两套，提升救援能力。'], '购置救援装备两套，提升救援能力。'],
    ['after the label in the same cell, after spaces', ['绩效目标      保障办公楼安全运行，降低能耗。'], '保障办公楼安全运行，降低能耗。'],
    ['a starred label', ['*年度总体绩效目标 | 确保储备粮数量真实。 | |'], '确保储备粮数量真实。'],
    ['on the next line when each cell has its own line', ['总体目标', '完善镇区污水管网，提升收集率。', '绩效指标'], '完善镇区污水管网，提升收集率。'],
    ['the year’s label over a general one written first', ['总体目标\t三年建成书房24家。', '本年度目标\t建成书房8家。'], '建成书房8家。'],
    ['本年度绩效目标 over 实施期绩效目标 (a Hunan city’s 申报表)', ['实施期绩效目标\t两年内完成路网保洁提质。', '本年度绩效目标\t完成主干道冲洗保洁。'], '完成主干道冲洗保洁。'],
    ['under 年度目标 of a split label', ['整体绩效目标\t中期目标（2025-2027年）\t\t年度目标\t', '\t建成共享平台。\t\t完成普查登记。\t'], '完成普查登记。'],
    ['under 年度目标 beside 长期目标', ['项目绩效目标\t长期目标\t年度目标\t', '\t建成育苗基地。\t完成温室改造4栋。\t'], '完成温室改造4栋。'],
    ['under the adjusted goal of a revision', ['年度目标\t原年度目标\t\t调整后年度目标', '\t培训120期。\t\t培训150期。'], '培训150期。'],
    // A Guangdong city's 批复表 (twenty-fifth study): the plan period's heading 中期滚动目标 with its years.
    ['under 年度目标 beside 中期滚动目标', ['总体目标 | 中期滚动目标(2024年--2026年) | 年度目标 | ||||', '三年清疏管网360公里。 | 清疏管网120公里。 | ||||'], '清疏管网120公里。'],
  ])('reads the goal %s', (_case, lines, goal) => {
    expect(goalOf(lines)).toBe(goal);
  });

  it.each([
    ['a label heading the indicator table', ['绩效目标\t一级指标\t二级指标\t三级指标\t指标值']],
    ['a title that starts like a label', ['绩效目标表', '项目名称\t路灯维护']],
    ['a numbered goal, not the overall one', ['年度绩效目标1（40分）：保障学位供给。']],
    ['a label over the 预期目标 / 实际完成情况 headings', ['年度总体目标\t预期目标\t实际完成情况']],
    ['a lone label followed by a row of several cells', ['年度目标', '一级指标\t二级指标\t三级指标']],
    ['no label at all', ['项目名称\t路灯维护', '主管部门\t城管局']],
  ])('reads no goal from %s', (_case, lines) => {
    expect(goalOf(lines)).toBeNull();
  });

  it('reads a page of goal headings, one per line, in linear time', () => {
    // Each 年度目标 is a label and a heading: without a bound every label would scan all the headings after it.
    const rows = readTableRows(['项目名称\t甲', ...Array.from({ length: 20_000 }, () => '年度目标')]);
    let goal: ReturnType<typeof readOverallGoal> | undefined;
    expect(cpuMilliseconds(() => (goal = readOverallGoal(rows)))).toBeLessThan(2000);
    expect(goal).toBeNull();
  });

  describe('in a table run together with no separator', () => {
    const header = '一级指标二级指标三级指标指标值产出指标数量指标培训人次≥300人次';
    it.each([
      ['after its label, up to the indicator part', `项目名称农技培训年度总体目标为全县农户开展技术培训，提升种植水平。绩效指标${header}`, '为全县农户开展技术培训，提升种植水平。'],
      ['after a general label, the title’s 绩效目标表 passed over', `项目支出绩效目标表项目名称农技培训合计1200绩效目标开展技术培训。${header}`, '开展技术培训。'],
      ['after a label with its filling note and colon', `绩效目标（100字以内）：开展技术培训。年度绩效指标${header}`, '开展技术培训。'],
      ['the year’s text of a split label where the year’s goal opens', `项目绩效目标长期目标年度目标培育新型职业农民完成培训300人次年度绩效指标${header}`, '完成培训300人次'],
      ['the year’s text of a split label cut at a sentence end', `项目绩效目标长期目标年度目标培育新型职业农民，提升技能。全年培训300人次。长期绩效指标${header}`, '全年培训300人次。'],
      ['the year’s text when both cells say the same', `项目绩效目标长期目标年度目标开展技术培训开展技术培训年度绩效指标${header}`, '开展技术培训'],
      ['the year’s text under headings without the general label', `长期目标年度目标培育新型职业农民完成培训300人次年度绩效指标${header}`, '完成培训300人次'],
      ['opening with 完成 right after the label', `项目名称农技培训年度绩效目标完成300人次农技培训，提升种植水平一级指标${header.slice(4)}`, '完成300人次农技培训，提升种植水平'],
      ['opening with 实现 right after the label', `项目名称农技培训年度绩效目标实现全县农技人员轮训一遍一级指标${header.slice(4)}`, '实现全县农技人员轮训一遍'],
    ])('reads the goal %s', (_case, line, goal) => {
      expect(readOverallGoalInLine(line)).toBe(goal);
    });

    it.each([
      ['a split label whose texts show no cut', `项目绩效目标长期目标年度目标培育新型职业农民提升农户种植技能年度绩效指标${header}`],
      ['a label right before the indicator header', `项目名称农技培训绩效目标绩效指标${header}`],
      ['a title only', `农技培训项目绩效目标表${header}`],
      ['a 目标完成情况 heading, not the goal', `项目名称农技培训年度绩效目标完成情况${header}`],
      ['a 目标实现程度 heading, not the goal', `项目名称农技培训绩效目标实现程度${header}`],
      ['no indicator header after the label', '项目名称农技培训年度总体目标为全县农户开展技术培训，提升种植水平。'],
    ])('reads no goal from %s', (_case, line) => {
      expect(readOverallGoalInLine(line)).toBeNull();
    });

    it('looks through a long run in linear time', () => {
      const line = `${'年度目标'.repeat(25_000)}${header}`;
      expect(cpuMilliseconds(() => readOverallGoalInLine(line))).toBeLessThan(2000);
    });
  });
});
