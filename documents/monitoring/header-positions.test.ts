import { describe, expect, it } from 'vitest';
import { positionalColumns, type HeaderCell } from './header-positions.ts';
import { matchIndicatorColumn } from './vocabulary.ts';

function header(rows: string[][]): HeaderCell[] {
  return rows.flatMap((cells, line) =>
    cells.map((text, column) => ({ line, column, role: matchIndicatorColumn(text), inRow: true })),
  );
}

describe('positionalColumns', () => {
  it('puts a sub-column under the empty tail of a merged heading', () => {
    const columns = positionalColumns(
      header([
        ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成情况', '', '偏差原因'],
        ['一级指标', '二级指标', '', '', '完成值', '完成目标可能性'],
      ]),
    );
    expect(columns).toEqual(['level1', 'level2', 'name', 'target', 'actualToDate', 'likelihood', 'explanation']);
  });

  it('replaces a group heading by the ticks below it', () => {
    const columns = positionalColumns(
      header([
        ['一级指标', '二级指标', '三级指标', '年度指标值', '完成目标可能性', '', ''],
        ['一级指标', '二级指标', '', '', '确定能', '有可能', '不可能'],
      ]),
    );
    expect(columns).toEqual(['level1', 'level2', 'name', 'target', 'certain', 'possible', 'impossible']);
  });

  it('gives up when the second row does not keep positions (empty cells vanished)', () => {
    expect(
      positionalColumns(
        header([
          ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成情况', '偏差原因'],
          ['一级指标', '完成值', '完成目标可能性'],
        ]),
      ),
    ).toBeNull();
    expect(positionalColumns(header([['一级指标', '二级指标', '三级指标', '年度指标值']]))).toBeNull();
  });
});
