/**
 * Merged cells a page cuts, as LibreOffice Calc prints them: the cell's whole text drawn on both
 * pages where it stands in the whole merge (clipped, but in the text layer), a level cell's text on
 * the page that holds the middle of its rows, the outer border of a label column merged over a whole
 * page meeting no row border there. documents/pdf/fixtures/office-dept-self-evaluation-long.pdf is
 * such a print of a table of our own (lattice.test.ts reads it whole).
 */
import { describe, expect, it } from 'vitest';
import { findCutCellCopies } from './cut-cell-copies.ts';
import { findLatticeTables, readLatticeTable } from './lattice.ts';
import { readLatticeDocument, type PdfPageContent } from './lattice-reading.ts';
import { borders, item } from './lattice-testing.ts';

describe('a merged cell Calc cut at a page’s foot', () => {
  // 一级 | 三级 | 值; the 一级 cell merged down over the last two rows of page 1 and two of page 2.
  const columns = [50, 150, 250, 350];
  const firstPage: PdfPageContent = {
    // The 一级 column has no border under its first row nor at the cut.
    rulings: borders([700, 680, 660, 640], columns, { horizontal: [[2, 0], [3, 0]] }),
    items: [
      item('一级指标', 60, 685),
      item('三级指标', 160, 685),
      item('指标值', 260, 685),
      item('名称一', 160, 665),
      item('1', 260, 665),
      item('名称二', 160, 645),
      item('2', 260, 645),
      // Calc's copy of the cell's text, where the middle of the whole merge falls: past the page's foot.
      item('产出指标', 60, 620),
      // A page number under the same column is the page's own.
      item('第1页', 75, 600),
    ],
  };
  const secondPage: PdfPageContent = {
    rulings: borders([720, 700, 680], columns, { horizontal: [[0, 0], [1, 0]] }),
    items: [
      item('产出指标', 60, 697),
      item('名称三', 160, 705),
      item('3', 260, 705),
      item('名称四', 160, 685),
      item('4', 260, 685),
    ],
  };

  it('writes the level on every row it spans over both pages, and its copy past the foot nowhere', () => {
    expect(readLatticeDocument([firstPage, secondPage])?.lines).toEqual([
      '一级指标\t三级指标\t指标值',
      '产出指标\t名称一\t1',
      '产出指标\t名称二\t2',
      '第1页',
      '',
      '产出指标\t名称三\t3',
      '产出指标\t名称四\t4',
    ]);
  });

  it('keeps a line past the foot that the next page’s part does not hold', () => {
    const other = { ...secondPage, items: secondPage.items.map((each) => (each.text === '产出指标' ? { ...each, text: '效益指标' } : each)) };
    expect(readLatticeDocument([firstPage, other])?.lines).toContain('产出指标');
  });

  it('merges the empty part above with the part below only when both are drawn open at the cut', () => {
    const closedFoot = { ...firstPage, rulings: borders([700, 680, 660, 640], columns, { horizontal: [[2, 0]] }) };
    const grid = readLatticeDocument([closedFoot, secondPage])?.grid;
    // The page above closed the cell: the level written below is a cell of its own, two rows high.
    expect(grid?.rows[3]?.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 2 });
    expect(readLatticeDocument([firstPage, secondPage])?.grid.rows[1]?.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 4 });
  });
});

describe('a goal row Calc cut: its lines drawn past each page’s edge', () => {
  const columns = [50, 150, 350];
  // Page 1 ends inside the goal row (the column borders run 40 points past its top border).
  const firstPage: PdfPageContent = {
    rulings: {
      horizontal: [
        { y: 700, left: 50, right: 350 },
        { y: 680, left: 50, right: 350 },
      ],
      vertical: columns.map((x) => ({ x, bottom: 640, top: 700 })),
    },
    items: [
      item('指标', 60, 685),
      item('预期目标', 160, 685),
      item('年度目标', 60, 660),
      item('第一行文字', 160, 660),
      // Below the foot: seen on page 2.
      item('第二行文字', 160, 626),
    ],
  };
  // Page 2 goes on 150 points higher: the same lines, the first one above its table.
  const secondPage: PdfPageContent = {
    rulings: {
      horizontal: [
        { y: 760, left: 50, right: 350 },
        { y: 740, left: 50, right: 350 },
      ],
      vertical: columns.map((x) => ({ x, bottom: 740, top: 790 })),
    },
    items: [item('第一行文字', 160, 810), item('第二行文字', 160, 776), item('一级指标', 60, 745)],
  };

  it('reads each line once, in the goal', () => {
    expect(readLatticeDocument([firstPage, secondPage])?.lines).toEqual([
      '指标\t预期目标',
      '年度目标\t第一行文字第二行文字',
      '',
      '一级指标',
    ]);
  });

  it('finds the copies on both pages against the other part’s lines', () => {
    const { columns: found, tables } = findLatticeTables([firstPage.rulings, secondPage.rulings]);
    const [before, after] = tables.map((table) => ({
      table,
      rows: readLatticeTable(table, found, [firstPage, secondPage][table.page]!.items).rows,
    }));
    const copies = findCutCellCopies({
      before: before!,
      after: after!,
      columns: found,
      beforeItems: [item('第二行文字', 160, 626), item('第三行', 160, 612)],
      afterItems: [item('第一行文字', 160, 810)],
    });
    expect(copies.before.map((each) => each.text)).toEqual(['第二行文字']);
    expect(copies.after.map((each) => each.text)).toEqual(['第一行文字']);
  });
});

describe('a label column merged over a whole page', () => {
  // 标签 | 三级 | 值: no row border crosses the label column, so its left border touches none.
  const columns = [50, 100, 200, 300];
  const rows = [720, 700, 680];
  const page: PdfPageContent = {
    rulings: borders(rows, columns, { horizontal: [[0, 0], [1, 0], [2, 0]] }),
    items: [item('绩效', 55, 697), item('名称一', 110, 705), item('1', 210, 705), item('名称二', 110, 685), item('2', 210, 685)],
  };

  it('keeps the lone outer border as the table’s, the label column one cell over every row', () => {
    const { columns: found, tables } = findLatticeTables([page.rulings]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ left: 50, right: 300 });
    const { rows: read } = readLatticeTable(tables[0]!, found, page.items);
    expect(read[0]?.cells[0]).toMatchObject({ column: 0, rowSpan: 2, text: '绩效', isOpenAbove: true, isOpenBelow: true });
  });

  it('takes no lone line that does not run the table’s height', () => {
    const short = { ...page.rulings, vertical: [...page.rulings.vertical, { x: 20, bottom: 690, top: 720 }] };
    expect(findLatticeTables([short]).tables[0]).toMatchObject({ left: 50 });
  });
});

describe('a goal row taller than a whole page, cut over three pages', () => {
  // 目标 | 预期 | 实际: the goal row starts at page 1's foot and ends at page 3's head.
  const columns = [50, 100, 250, 400];
  const sides = (top: number, bottom: number) => columns.map((x) => ({ x, top, bottom }));
  // Two row borders at 700 and 680, the column borders from `top` to `bottom`.
  const headRows = (top: number, bottom: number) => ({
    horizontal: [700, 680].map((y) => ({ y, left: 50, right: 400 })),
    vertical: sides(top, bottom),
  });
  const firstPage: PdfPageContent = {
    rulings: headRows(700, 600),
    items: [item('项目', 60, 685), item('预期', 110, 685), item('实际', 260, 685), item('实际第一行', 260, 640)],
  };
  // The middle page: the cut cells' side borders only, no row border, and one cell's text alone.
  const middlePage: PdfPageContent = {
    rulings: { horizontal: [], vertical: sides(760, 100) },
    items: [item('实际第二行', 260, 700), item('目标', 60, 430), item('预期目标', 110, 430), item('实际第三行', 260, 300)],
  };
  const lastPage: PdfPageContent = {
    rulings: headRows(760, 680),
    items: [item('实际末行', 260, 730), item('指标', 60, 685), item('名称一', 110, 685)],
  };

  it('reads the row’s three parts as one row, each cell whole', () => {
    expect(readLatticeDocument([firstPage, middlePage, lastPage])?.lines).toEqual([
      '项目\t预期\t实际',
      '目标\t预期目标\t实际第一行实际第二行实际第三行实际末行',
      '',
      '指标\t名称一',
    ]);
  });

  it('takes lone side borders for the row’s middle only where the page before has those column borders', () => {
    const moved = { ...middlePage, rulings: { horizontal: [], vertical: sides(760, 100).map((each) => ({ ...each, x: each.x + 20 })) } };
    expect(findLatticeTables([firstPage.rulings, moved.rulings]).tables.map((table) => table.page)).toEqual([0]);
    expect(findLatticeTables([firstPage.rulings, middlePage.rulings]).tables[1]).toMatchObject({
      page: 1,
      rows: [760, 100],
      isOpenAbove: true,
      isOpenBelow: true,
    });
    // Nor where the table before is closed at its foot, or there is none.
    const closed = { ...firstPage.rulings, vertical: sides(700, 680) };
    expect(findLatticeTables([closed, middlePage.rulings]).tables.map((table) => table.page)).toEqual([0]);
    expect(findLatticeTables([{ horizontal: [], vertical: [] }, middlePage.rulings]).tables).toEqual([]);
  });
});

describe('a Word table row cut at a page’s foot, both parts drawn closed', () => {
  // 二级 | 三级 | 指标值 | 实际值: the last row's 二级 and name wrapped, their second lines on the next page.
  const columns = [50, 110, 170, 230, 290];
  const firstPage: PdfPageContent = {
    rulings: borders([700, 680, 660, 640], columns),
    items: [
      item('二级指标', 55, 685), item('三级指标', 115, 685), item('指标值', 175, 685), item('实际值', 235, 685),
      item('数量指标', 55, 665), item('培训人次', 115, 665), item('≥300人次', 175, 665), item('320人次', 235, 665),
      item('可持续影', 55, 645), item('管护责任', 115, 645), item('100%', 175, 645), item('100%', 235, 645),
    ],
  };
  const rest = (texts: [string, string]): PdfPageContent => ({
    rulings: borders([720, 700, 680], columns),
    items: [
      item(texts[0], 55, 705), item(texts[1], 115, 705),
      item('满意度指', 55, 685), item('群众满意', 115, 685), item('≥90%', 175, 685), item('93%', 235, 685),
    ],
  });

  it('joins the next page’s first row back when it holds only the rest of the text cells and no value', () => {
    const lines = readLatticeDocument([firstPage, rest(['响指标', '落实率'])])?.lines ?? [];
    expect(lines).toContain('可持续影响指标\t管护责任落实率\t100%\t100%');
    expect(lines.at(-1)).toBe('满意度指\t群众满意\t≥90%\t93%');
  });

  it('joins a rest holding a value under a text cell of the last row (达标率为 / 95%), the last column left to the last row', () => {
    const textAbove = { ...firstPage, items: firstPage.items.map((each) => (each.text === '100%' && each.x === 175 ? { ...each, text: '达标率为' } : each)) };
    const withValue = rest(['响指标', '落实率']);
    withValue.items.push(item('95%', 175, 705));
    expect(readLatticeDocument([textAbove, withValue])?.lines).toContain('可持续影响指标\t管护责任落实率\t达标率为95%\t100%');
  });

  it('leaves a first row with a value of its own as a row', () => {
    const own = rest(['质量指标', '合格率']);
    own.items.push(item('≥95%', 175, 705));
    expect(readLatticeDocument([firstPage, own])?.lines).toContain('质量指标\t合格率\t≥95%');
  });
});

describe('a header row cut at a page’s foot, both parts drawn closed', () => {
  // 上年度实际水平 | 本年度计划水平 | 指标内容/计算公式: the header ends page 1, its last label's last character on page 2,
  // then the header's second row (二级指标 | 三级指标 under the first two columns) and the rows.
  const columns = [50, 130, 210, 290, 370, 450];
  const firstPage: PdfPageContent = {
    rulings: borders([700, 680], columns),
    items: [
      item('指标名称', 55, 685), item('上年度实际水平', 215, 685), item('本年度计划水平', 295, 685), item('指标内容/计算公', 375, 685),
    ],
  };
  const secondPage = (rest: string): PdfPageContent => ({
    rulings: borders([720, 700, 680, 660], columns),
    items: [
      item(rest, 375, 705),
      item('二级指标', 55, 685), item('三级指标', 135, 685),
      item('目标完成程度', 55, 665), item('维修台次', 135, 665), item('120台次', 215, 665), item('≥130台次', 295, 665), item('全年合计', 375, 665),
    ],
  });

  it('joins the piece under a header cell back into the header, so the header’s two rows stand together', () => {
    const lines = readLatticeDocument([firstPage, secondPage('式')])?.lines ?? [];
    expect(lines).toContain('指标名称\t\t上年度实际水平\t本年度计划水平\t指标内容/计算公式');
    expect(lines.slice(-2)).toEqual(['二级指标\t三级指标', '目标完成程度\t维修台次\t120台次\t≥130台次\t全年合计']);
  });

  it('leaves a first row naming a column as a row (a header’s second row)', () => {
    expect(readLatticeDocument([firstPage, secondPage('计算公式')])?.lines).toContain('\t\t\t\t计算公式');
  });
});
