import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { spacelessStreamDetector } from './spaceless-stream.ts';

const readLine = (line: string) => spacelessStreamDetector.readRows([line]).map((row) => rowTexts(row).filter((text) => text !== ''));
const title = '示范市2025年市直部门预算项目支出绩效目标表项目名称河道保洁项目实施单位示范市河道管理所';

describe('a 一级 written bare (产出, 效益, 满意度) in a table run together', () => {
  const header = `${title}一级指标二级指标三级指标指标值`;

  it('is the 一级 right before a 二级 of its group, never the framework’s 二级 产出数量 with a name “指标…”', () => {
    const rows = readLine(header + '产出数量指标河道保洁里程≥45公里质量指标保洁达标率≥92%效益社会效益指标沿河环境投诉下降率≥10%满意度服务对象满意度指标沿河居民满意度≥88%');
    expect(rows).toContainEqual(['产出', '数量指标', '河道保洁里程', '≥45公里']);
    expect(rows).toContainEqual(['质量指标', '保洁达标率', '≥92%']);
    expect(rows).toContainEqual(['效益', '社会效益指标', '沿河环境投诉下降率', '≥10%']);
    expect(rows).toContainEqual(['满意度', '服务对象满意度指标', '沿河居民满意度', '≥88%']);
  });

  it('ends the value before it (“0起” then 满意度…, not a value “0起满意度”)', () => {
    const rows = readLine(header + '产出数量指标河道保洁里程≥45公里效益社会效益指标保洁安全事故0起满意度服务对象满意度指标沿河居民满意度≥88%');
    expect(rows).toContainEqual(['效益', '社会效益指标', '保洁安全事故', '0起']);
  });

  it('stays a name’s first word where no 二级 of its group follows', () => {
    const rows = readLine(header + '产出指标数量指标河道保洁里程≥45公里满意度指标服务对象满意度指标满意度调查覆盖率≥80%');
    expect(rows).toContainEqual(['满意度指标', '服务对象满意度指标', '满意度调查覆盖率', '≥80%']);
  });

  it('is no 一级 where it ends a longer level name written there (a text value ending in 经济效益 before 社会效益指标)', () => {
    const rows = readLine(header + '产出指标数量指标河道保洁里程≥45公里效益指标经济效益指标沿河商户经营状况明显提升经济效益社会效益指标沿河居民受益户数≥1200户满意度指标服务对象满意度指标沿河居民满意度≥88%');
    expect(rows.flat()).not.toContain('效益');
    expect(rows).toContainEqual(['社会效益指标', '沿河居民受益户数', '≥1200户']);
  });
});

describe('a 绩效标准 column between name and value in a header that names no name column', () => {
  // The page writes 绩效指标 (the names' heading) before 一级指标: the header gives no name column, and the
  // 绩效标准 column, read as the names elsewhere, holds the text that explains each name.
  const header = `${title}绩效指标一级指标二级指标绩效标准当年预期实现值`;

  it('cuts each row into name, explanation and value where the explanation opens with its words (反映, 该指标)', () => {
    const rows = readLine(
      header + '产出数量指标河道保洁里程反映全年保洁作业范围≥45公里质量指标保洁达标率该指标考察保洁质量≥92%效益社会效益指标保洁安全事故反映作业安全情况0起满意度服务对象满意度指标沿河居民满意度反映居民对保洁的评价≥88%',
    );
    expect(rows).toContainEqual(['产出', '数量指标', '河道保洁里程', '反映全年保洁作业范围', '≥45公里']);
    expect(rows).toContainEqual(['质量指标', '保洁达标率', '该指标考察保洁质量', '≥92%']);
    expect(rows).toContainEqual(['效益', '社会效益指标', '保洁安全事故', '反映作业安全情况', '0起']);
    expect(rows).toContainEqual(['满意度', '服务对象满意度指标', '沿河居民满意度', '反映居民对保洁的评价', '≥88%']);
  });

  it('gives the reader names and values, the explanation in its own column', () => {
    const { goals } = readIndicatorGrid(recoverGrid([header + '产出数量指标河道保洁里程反映全年保洁作业范围≥45公里质量指标保洁达标率反映保洁质量≥92%满意度服务对象满意度指标沿河居民满意度反映居民评价≥88%']).grid);
    const indicators = goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '数量指标', '河道保洁里程', '≥45公里'],
      ['产出指标', '质量指标', '保洁达标率', '≥92%'],
      ['满意度指标', '服务对象满意度指标', '沿河居民满意度', '≥88%'],
    ]);
  });

  it('leaves the name whole where a row writes no explanation (指标内容 holding the names)', () => {
    const rows = readLine(`${title}一级指标二级指标指标内容指标值产出指标数量指标河道保洁里程≥45公里质量指标保洁达标率≥92%满意度指标服务对象满意度指标沿河居民满意度≥88%`);
    expect(rows).toContainEqual(['产出指标', '数量指标', '河道保洁里程', '≥45公里']);
    expect(rows).toContainEqual(['满意度指标', '服务对象满意度指标', '沿河居民满意度', '≥88%']);
  });
});
