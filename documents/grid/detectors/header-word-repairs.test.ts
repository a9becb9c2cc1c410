import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';
import { joinSpacedColumnNotes, withLostLevel1 } from './header-word-repairs.ts';

/**
 * A Hubei-style 财政项目绩效自评表 as a document site gives a .docx's text, run together on one line (unit, project,
 * indicators and numbers made up): the check boxes as "0" and "口", cells wrapped at a space ("年度财政 资金总额",
 * "产出 指标", "年门诊服务 人次"), the column notes parted from their words ("年初目标值 (A)"), and the goal label
 * written down a narrow merged cell read across its lines into the 一级 header word ("度效标80> 年绩目1分级标 一指").
 */
const HEAD =
  '2023年度财政项目绩效自评表单位名称:林溪县中医医院填报日期:2024年3月8日项目名称康复中心设备补助主管部门林溪县卫生健康局项目实施单位林溪县中医医院' +
  '项目类别1、部门预算项目 02、财政专项口 3、市对下转移支付项目口项目属性1、持续性项目口 2、新增性项目0' +
  '预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政 资金总额320310.497%19.4';
const LOST_LABEL = '度效标80> 年绩目1分级标 一指';
const HEADER = '二级指标三级指标年初目标值 (A)实际完成值 (B)得分';
const ROWS = '产出 指标数量指标康复设备购置台数≥12台12台20质量指标设备验收合格率100%100%20效益 指标社会效益指标康复治疗 人次≥6000人次6420人次20满意度 指标服务对象满意度指标患者满意度≥90%92%20';
const TAIL = '总分99.4偏差大或目标未完成原因分析无。改进措施及结果应用方案继续做好设备维护。';

function indicatorsOf(read: PerformanceDocument | null) {
  return read?.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.score]));
}

const EXPECTED = [
  ['产出指标', '数量指标', '康复设备购置台数', '≥12台', '12台', '20'],
  ['产出指标', '质量指标', '设备验收合格率', '100%', '100%', '20'],
  ['效益指标', '社会效益指标', '康复治疗人次', '≥6000人次', '6420人次', '20'],
  ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '92%', '20'],
];

describe('a run-together self-evaluation whose header lost its 一级 word and parted its notes', () => {
  it('reads every indicator with its levels, values and score, the funds and the total', () => {
    const read = readText(HEAD + LOST_LABEL + HEADER + ROWS + TAIL);
    expect(indicatorsOf(read)).toEqual(EXPECTED);
    expect(read?.budget).toMatchObject({ adjusted: '320', executed: '310.4', executionRate: '97', score: '19.4', weight: '20' });
    expect(read?.totals.score).toBe('99.4');
  });

  it('reads the notes parted from their words under a whole goal label', () => {
    expect(indicatorsOf(readText(HEAD + '年度绩效目标1(80分)一级指标' + HEADER + ROWS + TAIL))).toEqual(EXPECTED);
  });

  it('reads the rows under a header that lost its 一级 word, the notes joined', () => {
    expect(indicatorsOf(readText(HEAD + LOST_LABEL + HEADER.replace(/ \(/g, '(') + ROWS + TAIL))).toEqual(EXPECTED);
  });

  it('reads the same with the goal label whole and the notes joined', () => {
    const whole = readText(HEAD + '年度绩效目标1(80分)一级指标' + HEADER.replace(/ \(/g, '(') + ROWS + TAIL);
    expect(indicatorsOf(whole)).toEqual(EXPECTED);
  });
});

describe('joinSpacedColumnNotes', () => {
  it.each([
    ['年初目标值 (A)实际完成值 (B)得分', '年初目标值(A)实际完成值(B)得分'],
    ['年度指标值  (A)全年完成值 (B)', '年度指标值(A)全年完成值(B)'],
    ['年度指标值 (%)分值 (分)', '年度指标值(%)分值(分)'],
  ])('joins the note to its column word: %s', (line, joined) => {
    expect(joinSpacedColumnNotes(line)).toBe(joined);
  });

  it.each([
    '项目资金 (万元)',
    '预算数 (A)执行数 (B)',
    '按方案 (A) 执行',
    '预算执行情况 (万元) (20 分)',
  ])('keeps the space after words that name no column, and a note of no column: %s', (line) => {
    expect(joinSpacedColumnNotes(line)).toBe(line);
  });
});

describe('withLostLevel1', () => {
  it('puts the 一级 back before a leading 二级 when the rows open with a 一级 name', () => {
    expect(withLostLevel1(['level2', 'name', 'initialTarget', 'actual', 'score'], '产出 指标数量指标康复设备')).toEqual(['level1', 'level2', 'name', 'initialTarget', 'actual', 'score']);
    expect(withLostLevel1(['level2', 'name', 'target'], '满意度指标服务对象满意度指标')).toEqual(['level1', 'level2', 'name', 'target']);
  });

  it('leaves a header that starts at its 二级 over rows opening with a 二级, or that names its 一级', () => {
    expect(withLostLevel1(['level2', 'name', 'target'], '数量指标康复设备购置台数≥12台')).toEqual(['level2', 'name', 'target']);
    expect(withLostLevel1(['level1', 'level2', 'name', 'target'], '产出指标数量指标')).toEqual(['level1', 'level2', 'name', 'target']);
    expect(withLostLevel1(['name', 'level2', 'target'], '产出指标数量指标')).toEqual(['name', 'level2', 'target']);
  });
});
