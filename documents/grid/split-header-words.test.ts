import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { eachIndicator } from '../../core/model.ts';
import { importFile } from '../import-file.ts';
import { rowTexts } from './grid.ts';
import { joinSplitHeaderWords } from './split-header-words.ts';
import { gridOf } from './testing.ts';

const head = ['2023年度项目支出绩效自评表', '项目名称\t渠道清淤维护', '主管部门\t松川县水利局\t实施单位\t松川县灌区服务站'];
const whole = ['一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分'];
const rows = ['产出指标\t数量指标\t清淤渠道长度\t≥40公里\t42公里\t50\t50', '\t质量指标\t验收合格率\t=100%\t100%\t30\t30', '满意度指标\t服务对象满意度指标\t沿渠农户满意度\t≥90%\t93%\t20\t18', '总分\t\t\t\t\t100\t98'];

/** The same header with its words broken where no cell is merged. */
const brokenHeaders: ReadonlyArray<[string, string[]]> = [
  ['over two rows (年度 / 指标值, 实际 / 完成值, 分 / 值)', ['一级指标\t二级指标\t三级指标\t年度\t实际\t分\t得分', '\t\t\t指标值\t完成值\t值\t']],
  ['over two rows inside the words (一级 / 指标, 年度指 / 标值)', ['一级\t二级\t三级指标\t年度指\t实际完\t分值\t得分', '指标\t指标\t\t标值\t成值\t\t']],
  ['over three rows (年度 / 指标 / 值)', ['一级指标\t二级指标\t三级指标\t年度\t实际\t分\t得分', '\t\t\t指标\t完成\t值\t', '\t\t\t值\t值\t\t']],
];

const shapes: ReadonlyArray<[string, (line: string) => string]> = [
  ['tabs', (line) => line],
  ['pipes', (line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line)],
  ['runs of spaces', (line) => line.split('\t').filter((cell) => cell !== '').join('    ')],
];

async function indicatorsOf(lines: readonly string[], shape: (line: string) => string): Promise<string[]> {
  const document = analyseDocument(await importFile({ bytes: Buffer.from(lines.map(shape).join('\n')), fileName: 'table.txt' }));
  return [...eachIndicator(document)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.weight, indicator.score].join('/'));
}

describe.each(shapes)('a header whose words are broken where no cell is merged, written as %s', (_, shape) => {
  it.each(brokenHeaders)('reads the table as with whole words when broken %s', async (__, header) => {
    const expected = await indicatorsOf([...head, ...whole, ...rows], shape);
    expect(expected).toHaveLength(3);
    expect(await indicatorsOf([...head, ...header, ...rows], shape)).toEqual(expected);
  });
});

describe('a header of two rows that are no broken words', () => {
  it('keeps 指标值 over 年初 / 调整后 as two header rows', () => {
    const { rows: headerRows } = gridOf([
      ['一级指标', '二级指标', '三级指标', '指标值', ''],
      ['', '', '', '年初', '调整后'],
    ]);
    expect(joinSplitHeaderWords(headerRows).map(rowTexts)).toEqual(headerRows.map(rowTexts));
  });

  it('joins nothing into a data row', () => {
    const { rows: dataRows } = gridOf([
      ['一级指标', '二级指标', '三级指标', '年度', '分'],
      ['产出指标', '数量指标', '清淤渠道长度', '≥40公里', '50'],
    ]);
    expect(joinSplitHeaderWords(dataRows)).toHaveLength(2);
  });
});
