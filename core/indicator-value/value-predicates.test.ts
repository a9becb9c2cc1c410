import { describe, expect, it } from 'vitest';
import { areUnitsComparable, inferDirection, isPlaceholderValue, isRate, isVagueValue, parseIndicatorValue } from './index.ts';

describe('areUnitsComparable', () => {
  it.each([
    ['≥95分', '99.65%', false],
    ['≥95分', '96分', true],
    ['10000份', '9580', true],
    ['9580', '10000份', true],
    ['300万元', '311万元', true],
    ['不超过50万', '48万元', true],
    ['≥3个月', '4月', true],
    ['少于7个工作日', '5工作日', true],
    ['≤2小时', '1.5时', true],
    ['≥25次/年', '27次', true],
    ['≥25次/年', '27人次', false],
    ['2000元/人', '2000元', false],
    ['≥90%', '健全', true],
    ['1500', '1466', true],
    ['≥1000人次', '980人', false],
  ])('compares "%s" with "%s": %s', (target, actual, expected) => {
    expect(areUnitsComparable(parseIndicatorValue(target), parseIndicatorValue(actual))).toBe(expected);
  });
});

describe('isVagueValue', () => {
  it.each([
    ['有效提升', undefined, true],
    ['进一步加强', undefined, true],
    ['提高村警工作积极性', undefined, true],
    ['改善', undefined, true],
    ['提高5%', undefined, false],
    ['健全', undefined, false],
    ['保持', undefined, false],
    ['全市第一', undefined, false],
    ['', undefined, false],
    ['治安环境持续好转', '治安环境持续好转', true],
    ['治安环境持续好转', '社会治安稳定', false],
  ])('judges "%s" (name %s) vague: %s', (text, name, expected) => {
    expect(isVagueValue(parseIndicatorValue(text), name)).toBe(expected);
  });
});

describe('isRate', () => {
  it.each([
    ['≥100%', undefined, true],
    ['≥100', '安保任务无差错率', true],
    ['≥100', '安保任务无差错 率 ', true],
    ['≥100个', '信号灯维修数量', false],
    ['≥12个月', '提高村警工作积极性', false],
  ])('judges "%s" (name %s) a rate: %s', (text, name, expected) => {
    expect(isRate(parseIndicatorValue(text), name)).toBe(expected);
  });
});

describe('isPlaceholderValue', () => {
  it.each([
    ['无', true], [' 不涉及 ', true], ['/', true], ['／', true], ['-', true], ['—', true], ['——', true],
    ['空', true], ['暂无', true], ['无泄密事件', false], ['0', false], ['', false], ['≥90%', false],
    // Digits short-cut the answer only without markup: a placeholder wrapped in LaTeX or tags still is one.
    ['１２', false], ['无 1', false], ['<p>无</p>', true], ['$\\text{}$无', true], ['<p>3</p>', false],
  ])('judges %j a placeholder: %s', (text, expected) => {
    expect(isPlaceholderValue(text)).toBe(expected);
  });
});

describe('inferDirection', () => {
  it.each([
    [{ operator: '>=' as const, name: '发生率' }, 'higher-better'],
    [{ operator: '>' as const }, 'higher-better'],
    [{ operator: '<=' as const }, 'lower-better'],
    [{ operator: '<' as const }, 'lower-better'],
    [{ operator: '=' as const }, 'equal'],
    [{ operator: null, name: '硬件故障修复处理时间' }, 'lower-better'],
    [{ operator: null, name: '二代身份 证办结天 数' }, 'lower-better'],
    [{ operator: null, name: '队伍违纪违法问题发生率' }, 'lower-better'],
    [{ operator: null, name: '特重大公共安全事故率' }, 'lower-better'],
    [{ operator: null, name: '专项经费执行率' }, 'higher-better'],
    [{ operator: null, name: '党建经费成本' }, 'lower-better'],
    [{ operator: null, name: '参加警卫安保人次' }, 'higher-better'],
    [{ operator: null }, 'higher-better'],
    [{ operator: null, value: '0' }, 'lower-better'],
    [{ operator: null, value: null, name: '时间' }, 'qualitative'],
    [{ operator: null, name: '发案率', change: 'decrease' as const }, 'higher-better'],
  ])('infers %j as %s', (input, expected) => {
    expect(inferDirection(input)).toBe(expected);
  });
});
