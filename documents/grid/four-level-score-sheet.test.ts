/**
 * A 部门整体 evaluation score sheet of four levels (a Hubei county's 部门整体支出绩效评价指标体系评分表, twenty-fifth study):
 * 一级 | 二级 | 三级 | 四级 | 评分标准 | 评分依据及简要说明 | 得分, each level with its 分值 in brackets; the 四级 is what is
 * scored, the 三级 groups it. Our own rows of that structure.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

const rows = [
  ['履职效能（30分）', '工作目标（10分）', '目标设定（6分）', '目标依据充分性（3分）', '依据规划设定得3分。', '已完成', '3'],
  ['', '', '', '目标合理性（3分）', '可衡量得3分。', '已完成', '2.5'],
  ['', '', '目标管理（4分）', '目标分解有效性（4分）', '有分解机制得4分。', '部分完成', '3'],
  ['', '重点工作（20分）', '河道保洁（20分）', '保洁任务完成（20分）', '完成得20分。', '已完成', '19'],
];

function sheet(header: readonly string[], separator: string): string {
  // A Markdown row opens and closes with its pipe; one cell per line (a PDF's text without -layout) leaves no line for an empty cell.
  const line = (cells: readonly string[]) =>
    separator === '|' ? `| ${cells.join(' | ')} |` : separator === '\n' ? cells.filter((cell) => cell !== '').join('\n') : cells.join(separator);
  return ['2024年度部门整体支出绩效评价指标体系评分表', '单位名称：示范县水利局', line(header), ...rows.map(line), line(['合计', '', '', '', '', '', '27.5'])].join('\n');
}

const scored = (text: string) =>
  readText(text)?.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.score]);

describe('a score sheet of four levels', () => {
  it.each([
    ['tabs', ['一级指标', '二级指标', '三级指标', '四级指标', '评分标准', '评分依据及简要说明', '得分'], '\t'],
    ['Markdown rows', ['一级指标', '二级指标', '三级指标', '四级指标', '评分标准', '评分依据及简要说明', '得分'], '|'],
    ['the level words bare', ['一级', '二级', '三级', '四级', '评分标准', '评分依据', '得分'], '\t'],
    // A row's one to four level cells before its 评分标准, placed from the right: the last is the 四级.
    ['cells one per line, the merged levels’ empty cells gone', ['一级指标', '二级指标', '三级指标', '四级指标', '评分标准', '评分依据及简要说明', '得分'], '\n'],
    ['rows without a leading pipe, the merged levels kept as empty cells', ['一级指标', '二级指标', '三级指标', '四级指标', '评分标准', '评分依据及简要说明', '得分'], ' | '],
  ])('reads the 四级 as the names, under the 一级 and 二级, with their 分值 and 得分 (%s)', (_case, header, separator) => {
    const text = sheet(header, separator);
    expect(readText(text)?.kind).toBe('self-evaluation');
    expect(scored(text)).toEqual([
      ['履职效能', '工作目标', '目标依据充分性', '3', '3'],
      ['履职效能', '工作目标', '目标合理性', '3', '2.5'],
      ['履职效能', '工作目标', '目标分解有效性', '4', '3'],
      ['履职效能', '重点工作', '保洁任务完成', '20', '19'],
    ]);
  });

  it('reads a sheet one cell per line whose rows open with their 序号, the merged levels’ empty cells gone', () => {
    const header = ['序号', '一级指标', '二级指标', '三级指标', '四级指标', '评分标准', '评分依据及简要说明', '得分'];
    const lines = [header, ...rows.map((cells, place) => [String(place + 1), ...cells])].flatMap((cells) => cells.filter((cell) => cell !== ''));
    const text = ['2024年度部门整体支出绩效评价指标体系评分表', '单位名称：示范县水利局', ...lines, '合计', '27.5'].join('\n');
    expect(scored(text)).toEqual([
      ['履职效能', '工作目标', '目标依据充分性', '3', '3'],
      ['履职效能', '工作目标', '目标合理性', '3', '2.5'],
      ['履职效能', '工作目标', '目标分解有效性', '4', '3'],
      ['履职效能', '重点工作', '保洁任务完成', '20', '19'],
    ]);
  });

  it('reads the 三级 as the names when no 四级 column follows it', () => {
    const text = ['2024年度部门整体支出绩效评价得分表', '单位名称：示范县水利局', '一级指标\t二级指标\t三级指标\t评分标准\t得分', '履职效能（30分）\t工作目标（10分）\t目标设定（6分）\t依据规划设定得6分。\t5'].join('\n');
    expect(scored(text)?.map((indicator) => indicator[2])).toEqual(['目标设定']);
  });
});
