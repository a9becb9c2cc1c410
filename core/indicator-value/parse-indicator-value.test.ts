import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from './index.ts';
import { timeCpu } from '../../test-support/cpu-time.ts';

/** Operator, value and unit in one short string, for compact tables. */
function describeParse(text: string, name?: string): string {
  const value = parseIndicatorValue(text, { name });
  return [value.change ?? '', value.operator ?? '', value.value ?? '', value.unit ?? '', value.direction].join('|');
}

describe('parseIndicatorValue word operators (DOMAIN.md)', () => {
  it.each([
    ['不少于2次', '|>=|2|次|higher-better'],
    ['不得少于3场', '|>=|3|场|higher-better'],
    ['不低于90%', '|>=|90|%|higher-better'],
    ['至少5人', '|>=|5|人|higher-better'],
    ['达95%', '|>=|95|%|higher-better'],
    ['达到100%', '|>=|100|%|higher-better'],
    ['大于等于80%', '|>=|80|%|higher-better'],
    ['大于60起', '|>|60|起|higher-better'],
    ['超过10次', '|>|10|次|higher-better'],
    ['高于85%', '|>|85|%|higher-better'],
    ['不超过50万元', '|<=|50|万元|lower-better'],
    ['不高于3%', '|<=|3|%|lower-better'],
    ['不大于2小时', '|<=|2|小时|lower-better'],
    ['控制在5%以内', '|<=|5|%|lower-better'],
    ['5%以内', '|<=|5|%|lower-better'],
    ['3天内', '|<=|3|天|lower-better'],
    ['少于30天', '|<|30|天|lower-better'],
    ['低于1%', '|<|1|%|lower-better'],
    ['小于0.5%', '|<|0.5|%|lower-better'],
    ['90%以上', '|>=|90|%|higher-better'],
    ['5人及以上', '|>=|5|人|higher-better'],
    ['3%以下', '|<=|3|%|lower-better'],
    ['等于100%', '|=|100|%|equal'],
    ['办结率为100%', '|=|100|%|equal'],
    ['=100%', '|=|100|%|equal'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(describeParse(text)).toBe(expected);
  });

  it.each([
    ['上级下达50万元', '||50|万元|higher-better'],
    ['作为3个试点', '||3|个|higher-better'],
    ['排名前3', '||3||higher-better'],
    ['5个内容', '||5|个|higher-better'],
  ])('does not mistake "%s" for an operator', (text, expected) => {
    expect(describeParse(text)).toBe(expected);
  });
});

describe('parseIndicatorValue symbols and extraction debris', () => {
  it.each([
    ['>=90%', '|>=|90|%|higher-better'],
    ['<=2小时', '|<=|2|小时|lower-better'],
    ['≧90%', '|>=|90|%|higher-better'],
    ['⩽2小时', '|<=|2|小时|lower-better'],
    ['＞５０％', '|>|50|%|higher-better'],
    ['≥ 9 0 %', '|>=|90|%|higher-better'],
    ['$\\geq 90\\%$', '|>=|90|%|higher-better'],
    ['$\\leq 2$小时', '|<=|2|小时|lower-better'],
    ['$\\ge 1\\text{次}$', '|>=|1|次|higher-better'],
    ['<p>≥ 90%</p>', '|>=|90|%|higher-better'],
    ['&ge;95分', '|>=|95|分|higher-better'],
    ['&lt;1%', '|<|1|%|lower-better'],
    ['1,000元', '||1000|元|higher-better'],
    ['100.00%', '||100|%|higher-better'],
    ['007次', '||7|次|higher-better'],
    ['≥-5%', '|>=|-5|%|higher-better'],
    ['25 次 / 年', '||25|次/年|higher-better'],
    ['≥3-5次', '|>=|3|次|higher-better'],
    ['3至5天', '||3|天|higher-better'],
    ['80%-90%', '||80|%|higher-better'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(describeParse(text)).toBe(expected);
  });

  it('keeps the text as given, only trimmed', () => {
    expect(parseIndicatorValue('  ≥ 90％ \n').text).toBe('≥ 90％');
  });
});

describe('parseIndicatorValue changes', () => {
  it.each([
    ['下降15%', 'decrease||15|%|higher-better'],
    ['同比下降了3.5%', 'decrease||3.5|%|higher-better'],
    ['较上年降低2个', 'decrease||2|个|higher-better'],
    ['上升9.11%', 'increase||9.11|%|higher-better'],
    ['增长10%', 'increase||10|%|higher-better'],
    ['下降≥15%', 'decrease|>=|15|%|higher-better'],
    ['下降15%以上', 'decrease|>=|15|%|higher-better'],
    ['增长不超过5%', 'increase|<=|5|%|lower-better'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(describeParse(text, '刑事案件发案率')).toBe(expected);
  });

  it('reads a bare change word as a qualitative change', () => {
    expect(parseIndicatorValue('上升')).toMatchObject({ change: 'increase', value: null, direction: 'qualitative' });
  });
});

describe('parseIndicatorValue direction of a bare number', () => {
  it.each([
    ['系统故障修复处理时间', '30分钟', 'lower-better'],
    ['护照办结时限', '7天', 'lower-better'],
    ['专项行动工作经费', '50万元', 'lower-better'],
    ['刑事案件发案率', '3%', 'lower-better'],
    ['专项经费执行率', '100%', 'higher-better'],
    ['安保执勤响应及时率', '95%', 'higher-better'],
    ['保障村警人数', '154个', 'higher-better'],
    ['群众投诉', '2起', 'lower-better'],
    [undefined, '100%', 'higher-better'],
    [undefined, '0起', 'lower-better'],
  ])('for name %s reads "%s" as %s', (name, text, direction) => {
    expect(parseIndicatorValue(text, { name }).direction).toBe(direction);
  });

  it('lets a written operator win over the name', () => {
    expect(parseIndicatorValue('≥2小时', { name: '培训时间' }).direction).toBe('higher-better');
  });
});

describe('parseIndicatorValue numbers that are not the measure', () => {
  it.each([
    ['2023年年底前完成', null],
    ['连续7年全市第一', null],
    ['全市第1', null],
    ['7×24小时值守', '24'],
    ['6月7日前完成', '7'],
    ['每年对8类场所安防进行2次检查', '2'],
    ['2023年', '2023'],
  ])('reads "%s" with value %s', (text, value) => {
    expect(parseIndicatorValue(text).value).toBe(value);
  });
});

describe('parseIndicatorValue degenerate input', () => {
  it.each(['', '   ', '\n\t'])('reads blank text %j as no value and no wording', (text) => {
    expect(parseIndicatorValue(text)).toEqual({
      text: '', operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: null,
    });
  });

  it('reads a non-string from untyped callers as blank instead of throwing', () => {
    expect(parseIndicatorValue(undefined as unknown as string).qualitative).toBeNull();
  });

  it('reads a 100,000-character cell in linear time', () => {
    const long = '提高'.repeat(25_000) + '≥5次' + '<'.repeat(25_000);
    const { result, cpu } = timeCpu(() => parseIndicatorValue(long));
    expect(result.value).toBe('5');
    expect(cpu).toBeLessThan(500);
  });
});

describe('parseIndicatorValue units written as words', () => {
  // A budget system's unit list writes "%" as 百分比 (a Gansu 省级部门预算项目支出绩效目标表, twenty-third study).
  it.each([
    ['=100百分比', '|=|100|%|equal'],
    ['≥95百分比', '|>=|95|%|higher-better'],
    ['≤5百分比', '|<=|5|%|lower-better'],
    ['提高2百分点', ''],
  ])('reads %j as %j', (text, expected) => {
    if (expected === '') expect(parseIndicatorValue(text).unit).not.toBe('%');
    else expect(describeParse(text)).toBe(expected);
  });
});
