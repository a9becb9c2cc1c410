import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/**
 * A report's outline numbers its headings: "（一）项目名称" alone on its line with the name on the next, or
 * "1.项目名称：…" on one line. The number is no part of the label; a heading that goes on past the label
 * ("（一）项目名称及概况") is a heading, not a label. Invented names.
 */
const titles = {
  'evaluation-report': '青禾县民政局2024年度项目支出绩效自评报告',
  monitoring: '青禾县民政局2024年1-6月项目绩效运行监控报告',
};
const body = ['（二）项目资金情况', '年初预算数为120万元，截至6月30日已执行58万元。', '二、存在的问题', '无。'];

function readProject(kind: keyof typeof titles, head: readonly string[]) {
  const document = readText([titles[kind], '一、项目基本情况', ...head, ...body].join('\n'));
  return { kind: document?.kind, project: document?.project };
}

describe.each(Object.keys(titles) as Array<keyof typeof titles>)('a numbered 项目名称 in a %s', (kind) => {
  it.each([
    ['a bracketed number, the name on the next line', ['（一）项目名称', '困难群众临时救助资金']],
    ['a half-width bracketed number', ['(一)项目名称', '困难群众临时救助资金']],
    ['an Arabic number with a point, the name after a colon', ['1.项目名称：困难群众临时救助资金']],
    ['a number with 、 and a colon ending the line', ['一、项目名称：', '困难群众临时救助资金']],
  ])('reads the project after %s', (_case, head) => {
    expect(readProject(kind, head)).toEqual({ kind, project: '困难群众临时救助资金' });
  });

  it.each([
    ['a heading going on past the label', ['（一）项目名称及概况', '本项目用于困难群众临时救助，全年预算120万元。']],
    ['a sentence under the heading', ['（一）项目名称', '本项目为县级财政安排的困难群众临时救助资金，由我局负责实施。']],
  ])('reads no project from %s', (_case, head) => {
    expect(readProject(kind, head).project ?? null).toBeNull();
  });
});
