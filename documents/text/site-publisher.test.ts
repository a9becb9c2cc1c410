import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSitePublisher } from './header.ts';
import { readText } from './read-text.ts';

describe('findSitePublisher: the publisher a government site’s metadata form names', () => {
  it.each<[string, string[], string | null]>([
    ['发文单位 in a pipe form', ['索 引 号: | 011300000/2022-00412 | 发文字号: | 无 |', '发文单位: | 江川市政务服务中心 | 发布日期: | 2022年10月18日 | ||'], '江川市政务服务中心'],
    ['发布机构 in a tab form', ['索引号\tQX018-2021-000006\t主题分类\t', '发布机构\t某县水利局\t发布日期\t2021-04-27'], '某县水利局'],
    ['a label spread by spaces and its value a cell later', ['发 布 机 构 | | 某县供销社 |'], '某县供销社'],
    ['a blank publisher (the next label is no value)', ['发文单位: | 发布日期: | 2022年10月18日 |'], null],
    ['a sentence naming the publisher, no form', ['发文单位：某局。本表由某局填报。'], null],
    ['a date as the value', ['发布机构 | 2022-10-18 |'], null],
  ])('%s', (_case, lines, publisher) => {
    expect(findSitePublisher(lines)).toBe(publisher);
  });
});

const fixture = readFileSync(new URL('../layouts/fixtures/project-self-eval-cell-pipes-row-end-lines/source.txt', import.meta.url), 'utf8');

describe('a table that names no unit of its own (主管部门 and 实施单位 blank, the Ezhou page)', () => {
  it('takes the unit from the site form’s 发文单位', () => {
    const blank = fixture.replace('主管部门 |\n江川市行政审批局 |', '主管部门 |\n|');
    expect(blank).not.toBe(fixture);
    const document = readText(blank);
    expect(document?.unit).toBe('江川市政务服务中心');
    expect(document?.supervisor ?? null).toBeNull();
  });

  it('keeps the table’s own 主管部门 before the form’s publisher', () => {
    expect(readText(fixture)?.unit).toBe('江川市行政审批局');
  });
});
