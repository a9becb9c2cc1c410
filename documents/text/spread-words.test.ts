import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { joinSpreadWords } from './spread-words.ts';
import { readText } from './read-text.ts';

describe('joinSpreadWords', () => {
  it.each([
    ['产 出 指 标 数 量 指 标 完成养护里程 ≥120公里', '产出指标    数量指标    完成养护里程 ≥120公里'],
    ['分 值 得 分', '分值  得分 '],
    ['一 级 指 标\t二 级 指 标\t三 级 指 标', '一级指标   \t二级指标   \t三级指标   '],
    ['| 服 务 对 象 满 意 度 指 标 |', '| 服务对象满意度指标         |'],
  ])('writes a spread level name or column word whole, padded to its width: %s', (line, joined) => {
    expect(joinSpreadWords(line)).toBe(joined);
    expect(joinSpreadWords(line)).toHaveLength(line.length);
  });

  // 项目实施 is a 二级 of 过程 and 单位 a column word: a spread header label must not be cut into them.
  it.each(['养 护 里 程 ≥120公里', '本 单 位', '产 出', '完成产 出 指 标', '项 目 实 施 单 位', '项 目 主 管 部 门'])('keeps %s, no spread vocabulary word', (line) => {
    expect(joinSpreadWords(line)).toBe(line);
  });
});

describe('a table whose cells are single spaces apart, its levels spread over their cells', () => {
  const table = (spread: boolean): string => {
    const level = (word: string): string => (spread ? [...word].join(' ') : word);
    return [
      '项目支出绩效自评表',
      '(2023年度)',
      '项目名称 乡村道路养护',
      '主管部门 临川县交通运输局 实施单位 临川县公路站',
      '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      `${level('产出指标')} ${level('数量指标')} 养护道路里程 ≥120公里 126公里 30 30`,
      `${level('质量指标')} 养护验收合格率 ≥95% 97% 30 30`,
      `${level('效益指标')} ${level('社会效益指标')} 群众出行条件改善 明显改善 明显改善 30 30`,
      '总分 90 90',
    ].join('\n');
  };
  const levels = (text: string) => {
    const document = readText(text);
    return document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.name, indicator.level1, indicator.level2]) : [];
  };

  it('reads the same as with the levels whole', () => {
    expect(levels(table(false))).toHaveLength(3);
    expect(levels(table(true))).toEqual(levels(table(false)));
  });
});
