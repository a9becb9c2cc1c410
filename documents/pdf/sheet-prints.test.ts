import { describe, expect, it } from 'vitest';
import { pdfPageLines, type PdfTextItem } from './read-pdf.ts';

const HEIGHT = 10;
/** A text item as pdf.js gives it: x from the left, y up from the page foot, CJK one em wide, anything else half. */
const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e7f ? HEIGHT : HEIGHT / 2), 0),
  height: HEIGHT,
});
/** A figure set flush right against a column's edge, as a spreadsheet prints it (Calc leaves 1.7 pt of padding). */
const flushRight = (text: string, columnEnd: number, y: number): PdfTextItem => {
  const placed = item(text, 0, y);
  return { ...placed, x: columnEnd - 1.7 - placed.width };
};
const LINE = 13;

describe('a sheet printed without grid lines (Calc: figures flush right, text flush left)', () => {
  const top = 700;
  const indicators = { level1: 60, level2: 120, name: 200, target: 300, unit: 340, actual: 400, weight: 440, score: 480, end: 520 };

  it('cuts a figure from the next column’s text at a header’s column edge, and puts the figures in their header columns', () => {
    const { level1, level2, name, target, unit, actual, weight, score, end } = indicators;
    const lines = pdfPageLines([
      [
        item('一级指标', level1, top), item('二级指标', level2, top), item('三级指标', name, top), item('指标值', target, top),
        item('度量单位', unit, top), item('完成值', actual, top), item('权重', weight, top), item('得分', score, top),
        // 产出指标 merged down over both rows: printed once, on neither row's line.
        item('数量指标', level2, top - LINE), item('培训人数', name, top - LINE), flushRight('300', unit, top - LINE), item('人', unit, top - LINE),
        flushRight('312', weight, top - LINE), flushRight('20', score, top - LINE), flushRight('20', end, top - LINE),
        item('质量指标', level2, top - 2 * LINE), item('考核合格率', name, top - 2 * LINE), flushRight('90', unit, top - 2 * LINE), item('%', unit, top - 2 * LINE),
        flushRight('93', weight, top - 2 * LINE), flushRight('20', score, top - 2 * LINE), flushRight('18', end, top - 2 * LINE),
      ],
    ]);
    expect(lines).toEqual([
      '一级指标\t二级指标\t三级指标\t指标值\t度量单位\t完成值\t权重\t得分',
      '\t数量指标\t培训人数\t300\t人\t312\t20\t20',
      '\t质量指标\t考核合格率\t90\t%\t93\t20\t18',
    ]);
  });

  it('cuts one pdf.js item at the space it wrote for the gap between a figure and the next column', () => {
    const columns = { label: 40, initial: 140, adjusted: 220, executed: 300, rate: 380, score: 440, end: 480 };
    // "85.14 99%": pdf.js joins two runs of one font a little apart into one item, with a space.
    const joined = (y: number): PdfTextItem => {
      const placed = item('85.14 99%', 0, y);
      return { ...placed, x: columns.rate - 1.7 - item('85.14', 0, y).width - 2, width: placed.width + 2 };
    };
    const lines = pdfPageLines([
      [
        // (The header row is taller than a row of figures, as a sheet's wrapped header cells make it.)
        item('年初预算数', columns.initial, top + LINE / 2), item('全年预算数', columns.adjusted, top + LINE / 2), item('全年执行数', columns.executed, top + LINE / 2),
        item('执行率', columns.rate, top + LINE / 2), item('得分', columns.score, top + LINE / 2),
        item('年度资金总额', columns.label, top - LINE), flushRight('80', columns.adjusted, top - LINE), flushRight('86', columns.executed, top - LINE),
        joined(top - LINE), flushRight('9.9', columns.end, top - LINE),
        item('其中：财政拨款', columns.label, top - 2 * LINE), flushRight('80', columns.adjusted, top - 2 * LINE), flushRight('86', columns.executed, top - 2 * LINE),
        joined(top - 2 * LINE), flushRight('9.9', columns.end, top - 2 * LINE),
      ],
    ]);
    expect(lines.slice(1)).toEqual(['年度资金总额\t80\t86\t85.14\t99%\t9.9', '其中:财政拨款\t80\t86\t85.14\t99%\t9.9']);
  });

  it('never cuts text before a figure: a title whose year ends where a column starts stays one line', () => {
    const { level1, level2, name, target, unit, actual } = indicators;
    const title = item('某县农业农村局', 0, top + 2 * LINE);
    const year = item('2024', 0, top + 2 * LINE);
    const lines = pdfPageLines([
      [
        { ...title, x: target - year.width - title.width - 1 }, { ...year, x: target - year.width - 1 }, item('年度项目支出绩效自评表', target, top + 2 * LINE),
        item('一级指标', level1, top), item('二级指标', level2, top), item('三级指标', name, top), item('指标值', target, top), item('度量单位', unit, top), item('完成值', actual, top),
        item('产出指标', level1, top - LINE), item('数量指标', level2, top - LINE), item('培训人数', name, top - LINE), flushRight('300', unit, top - LINE), item('人', unit, top - LINE), flushRight('312', actual + 40, top - LINE),
        item('效益指标', level1, top - 2 * LINE), item('社会效益指标', level2, top - 2 * LINE), item('就业人数', name, top - 2 * LINE), flushRight('60', unit, top - 2 * LINE), item('人', unit, top - 2 * LINE), flushRight('48', actual + 40, top - 2 * LINE),
      ],
    ]);
    expect(lines[0]).toBe('某县农业农村局2024年度项目支出绩效自评表');
    expect(lines).toContain('产出指标\t数量指标\t培训人数\t300\t人\t312');
  });

  it('puts a header of two rows back together when its cells merged down are centred between its lines', () => {
    const columns = { level1: 60, level2: 120, name: 200, target: 280, actual: 340, likelihood: 390, cause: 460, end: 520 };
    const header = top + LINE;
    const lines = pdfPageLines([
      [
        // 1-6月完成情况 spans 完成值 and 完成目标可能性; the other header cells, merged down, are centred between the two lines.
        item('1-6月完成情况', columns.actual, header + LINE / 2),
        item('一级指标', columns.level1, header), item('二级指标', columns.level2, header), item('三级指标', columns.name, header),
        item('年度指标值', columns.target, header), item('偏差原因', columns.cause, header),
        item('完成值', columns.actual, header - LINE / 2), item('完成目标可能性', columns.likelihood, header - LINE / 2),
        item('产出指标', columns.level1, top - LINE), item('数量指标', columns.level2, top - LINE), item('义诊活动场次', columns.name, top - LINE),
        item('≥24场', columns.target, top - LINE), item('13场', columns.actual, top - LINE), item('确定能', columns.likelihood, top - LINE),
        item('效益指标', columns.level1, top - 2 * LINE), item('社会效益指标', columns.level2, top - 2 * LINE), item('规范管理人数', columns.name, top - 2 * LINE),
        item('≥3000人', columns.target, top - 2 * LINE), item('1650人', columns.actual, top - 2 * LINE), item('有可能', columns.likelihood, top - 2 * LINE), item('待随访', columns.cause, top - 2 * LINE),
      ],
    ]);
    expect(lines).toEqual([
      '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成情况\t\t偏差原因',
      '\t\t\t\t完成值\t完成目标可能性',
      '产出指标\t数量指标\t义诊活动场次\t≥24场\t13场\t确定能',
      '效益指标\t社会效益指标\t规范管理人数\t≥3000人\t1650人\t有可能\t待随访',
    ]);
  });
});
