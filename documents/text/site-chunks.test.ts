import { describe, expect, it } from 'vitest';
import { joinSiteChunks } from './site-chunks.ts';

const page = (seed: string): string => seed.repeat(Math.ceil(200 / seed.length)).slice(0, 200);
const first = `${page('一级指标二级指标三级指标分值产出指标数量指标开出实验数15≥120个124个15')}项目管理（25分）`;
const second = `${page('投入管理预算执行率10—95%9财务管理制度有效性7—健全7')}经济效益指标指`;
const third = '标1：社会效益指标考核通过率15≥90%92%13总分10093';

describe('joinSiteChunks (a document site’s numbered chunks)', () => {
  it.each([
    [['《某表.docx》由会员分享', `1、${first}`, `2、${second}`, `3、${third}`]],
    [['《某表.docx》由会员分享', `1、${first}`, '', `2、${second}`, '', `3、${third}`]],
    [['《某表.docx》由会员分享', `　1、${first}　`, `　2、${second}　`, `　3、${third}　`]],
  ])('joins the chunks of %#, keeping the line count', (lines) => {
    const joined = joinSiteChunks(lines);
    expect(joined).toHaveLength(lines.length);
    expect(joined.filter((line) => line.trim() !== '').slice(1)).toEqual([`${first}${second}${third}`]);
  });

  it.each([
    // A report's numbered paragraphs end their sentences.
    [[`1、${page('项目资金到位及时，使用规范，完成了年度任务。')}`.replace(/.$/, '。'), `2、${page('下一步将加强资金监管，提高资金使用效益。')}`]],
    // Short numbered items are a list.
    [['1、完成道路养护。', '2、完成设施维修', '3、群众满意度达到95%']],
    // Numbers that do not count on from 1.
    [[`2、${first}`, `3、${second}`]],
    // A table row with tabs is no page of text.
    [[`1、${first}\t10`, `2、${second}`]],
  ])('leaves %# alone', (lines) => {
    expect(joinSiteChunks(lines)).toEqual(lines);
  });
});

describe('joinSiteChunks on chunks that keep runs of spaces', () => {
  it('joins chunks where the site kept a few runs of spaces for tabs and empty cells', () => {
    const spaced = `项目支出绩效自评表（2016年度）           项目名称${page('背街小巷保洁外包经费年初预算数全年执行数')}其他资金     年度总体目标完成`;
    const joined = joinSiteChunks([`1、${spaced}`, `2、${second}`, `3、${third}`]);
    expect(joined[0]).toBe(`${spaced}${second}${third}`);
  });

  it('joins chunks whose Word cells wrapped, a single space inside many words', () => {
    const wrapped = `年度 总体 目标年初设定目标${page('完成全县供水工程维修任务保障饮水安全')}绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标维修工 程处数120处`;
    const wrappedSecond = `${page('维修工程验收合 格率100%100%供水水质不合格比 例00时效 指标')}可持 续影 响指标供水设施维 护及安全性`;
    const joined = joinSiteChunks([`1、${wrapped}`, `2、${wrappedSecond}`, `3、${third}`]);
    expect(joined.slice(1)).toEqual(['', '']);
    expect(joined[0]).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
    expect(joined[0]?.endsWith(third)).toBe(true);
    expect(joined[0]).toContain('绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施产出指标数量指标维修工程处数120处');
    expect(joined[0]).toContain('可持续影响指标供水设施维护及安全性');
  });

  it('keeps a run of spaces and a space beside a figure when it joins chunks', () => {
    const spaced = `项目支出绩效自评表（2016年度）           项目名称${page('背街小巷保洁外包经费年初预算数全年执行数')}其中：本年拨款 286.4243.44   其他资金`;
    const joined = joinSiteChunks([`1、${spaced}`, `2、${second}`, `3、${third}`]);
    expect(joined[0]).toContain('（2016年度）           项目名称');
    expect(joined[0]).toContain('本年拨款 286.4243.44   其他资金');
  });

  it('leaves a table row written with spaces (a piece every few characters) alone', () => {
    const row = Array.from({ length: 30 }, (_, index) => `指标${index} 10`).join(' ');
    const lines = [`1、${row}`, `2、${row}`];
    expect(joinSiteChunks(lines)).toEqual(lines);
  });
});
