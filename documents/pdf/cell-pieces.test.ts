import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proportionalItem } from './lattice-testing.ts';
import { analyseDocument } from '../../core/analyse.ts';
import { importFile } from '../import-file.ts';
import { defaultImportLimits } from '../import-error.ts';
import { documentFacts } from '../layouts/facts.ts';
import { splitLines } from '../text/normalize.ts';
import { markPageStarts, pdfPageLines, readPdfLines } from './read-pdf.ts';

/** A text item as pdf.js gives it: x from the left, y up from the page foot, CJK one em wide, an ASCII character half. */
const item = proportionalItem;
/** A table without borders as LibreOffice prints a Word table: rows 14.3 pt apart, a cell's second line as far below its first. */
const LINE = 14.3;
const columns = { number: 78, level2: 133, name: 200, target: 266, actual: 322 };

describe('a PDF table without borders read into lines', () => {
  it('puts a cell wrapped over lines back into its row, where the line before the break was full', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('项目支出绩效目标表', 72, top + 2 * LINE),
        item('序号', columns.number, top), item('二级指标', columns.level2, top), item('指标名称', columns.name, top), item('指标值', columns.target, top),
        // 更新公交候 fills its column (five characters): 车亭数量 goes on under it, though the next row is as near.
        item('1', columns.number, top - LINE), item('数量指标', columns.level2, top - LINE), item('更新公交候', columns.name, top - LINE), item('≥45个', columns.target, top - LINE),
        item('车亭数量', columns.name, top - 2 * LINE),
        item('2', columns.number, top - 3 * LINE), item('质量指标', columns.level2, top - 3 * LINE), item('设施验收合', columns.name, top - 3 * LINE), item('≥98%', columns.target, top - 3 * LINE),
        item('格率', columns.name, top - 4 * LINE),
        item('3', columns.number, top - 5 * LINE), item('时效指标', columns.level2, top - 5 * LINE), item('完工时间', columns.name, top - 5 * LINE), item('10月', columns.target, top - 5 * LINE),
      ],
    ]);
    expect(lines).toEqual([
      '项目支出绩效目标表',
      '序号\t二级指标\t指标名称\t指标值',
      '1\t数量指标\t更新公交候车亭数量\t≥45个',
      '2\t质量指标\t设施验收合格率\t≥98%',
      '3\t时效指标\t完工时间\t10月',
    ]);
  });

  it('leaves a line that no full cell line goes on in as it stands: a note under the table, a short last name', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('序号', columns.number, top), item('二级指标', columns.level2, top), item('指标名称', columns.name, top), item('指标值', columns.target, top),
        item('1', columns.number, top - LINE), item('质量指标', columns.level2, top - LINE), item('设施验收合', columns.name, top - LINE), item('≥98%', columns.target, top - LINE),
        item('格率', columns.name, top - 2 * LINE),
        item('2', columns.number, top - 3 * LINE), item('时效指标', columns.level2, top - 3 * LINE), item('完工时间', columns.name, top - 3 * LINE), item('10月', columns.target, top - 3 * LINE),
        // Under 完工时间, which ended a character short of its column: a line of its own.
        item('另行说明', columns.name, top - 4 * LINE),
      ],
    ]);
    expect(lines.at(-1)).toBe('另行说明');
    expect(lines).toContain('1\t质量指标\t设施验收合格率\t≥98%');
  });

  it('closes a bracket the cell above opened: 绩效指标（90 and 分）are one label', () => {
    const top = 700;
    const at = { label: 78, level1: 150, level2: 210, target: 270 };
    const lines = pdfPageLines([
      [
        item('绩效指标（90', at.label, top), item('一级指标', at.level1, top), item('二级指标', at.level2, top), item('指标值', at.target, top),
        item('分）', at.label, top - LINE),
        item('产出指标', at.level1, top - 2 * LINE), item('数量指标', at.level2, top - 2 * LINE), item('≥45个', at.target, top - 2 * LINE),
        item('效益指标', at.level1, top - 3 * LINE), item('社会效益', at.level2, top - 3 * LINE), item('提升', at.target, top - 3 * LINE),
      ],
    ]);
    expect(lines[0]).toBe('绩效指标(90分)\t一级指标\t二级指标\t指标值');
    // (Under the label's column, empty in this row: a tab dump's empty cell.)
    expect(lines[1]).toBe('\t产出指标\t数量指标\t≥45个');
  });

  it('gives a level merged down its rest that closes its bracket beside the next row\'s cells: 产出(40 and 分)', () => {
    const top = 700;
    const at = { level1: 78, level2: 140, name: 200, target: 260 };
    const lines = pdfPageLines([
      [
        item('一级指标', at.level1, top), item('二级指标', at.level2, top), item('三级指标', at.name, top), item('指标值', at.target, top),
        item('产出(40', at.level1, top - LINE), item('数量指标', at.level2, top - LINE), item('培训人次', at.name, top - LINE), item('≥300人次', at.target, top - LINE),
        // The label's second line stands on the next row's line: a row of its own, not a piece line.
        item('分)', at.level1, top - 2 * LINE), item('培训场次', at.name, top - 2 * LINE), item('≥12场', at.target, top - 2 * LINE),
        item('效益(30分)', at.level1, top - 3 * LINE), item('社会效益', at.level2, top - 3 * LINE), item('受益农户', at.name, top - 3 * LINE), item('≥800户', at.target, top - 3 * LINE),
      ],
    ]);
    expect(lines.slice(1)).toEqual([
      '产出(40分)\t数量指标\t培训人次\t≥300人次',
      '\t\t培训场次\t≥12场',
      '效益(30分)\t社会效益\t受益农户\t≥800户',
    ]);
  });

  it('joins a line whose every cell goes on a full cell of the row above, figures too (项目绩效 / 85分), as a table with no padding prints it', () => {
    const top = 700;
    const at = { level1: 78, level2: 133, name: 188, target: 250, score: 310 };
    const lines = pdfPageLines([
      [
        item('一级指标', at.level1, top), item('二级指标', at.level2, top), item('三级指标', at.name, top), item('指标值', at.target, top), item('得分', at.score, top),
        // Each level and the name fill their columns (four characters, as wide as the header): their rest is on the next line, right below.
        item('产出指标', at.level1, top - LINE), item('数量指标', at.level2, top - LINE), item('培训人次', at.name, top - LINE), item('≥300人次', at.target, top - LINE), item('15', at.score, top - LINE),
        item('40分', at.level1, top - 2 * LINE), item('15分', at.level2, top - 2 * LINE), item('覆盖率', at.name, top - 2 * LINE),
        item('质量指标', at.level2, top - 3 * LINE), item('合格率', at.name, top - 3 * LINE), item('≥95%', at.target, top - 3 * LINE), item('10', at.score, top - 3 * LINE),
        item('10分', at.level2, top - 4 * LINE),
      ],
    ]);
    expect(lines.slice(1)).toEqual([
      '产出指标40分\t数量指标15分\t培训人次覆盖率\t≥300人次\t15',
      '\t质量指标10分\t合格率\t≥95%\t10',
    ]);
  });

  it('joins a cell wrapped in a column no other line fills, by the row\'s next cell less the narrowest gap between cells', () => {
    const top = 700;
    const at = { level2: 78, name: 133, target: 188, progress: 238, likelihood: 295 };
    const lines = pdfPageLines([
      [
        // A page's head: the line under it runs past the next cell (来源), so it is no cell's rest.
        item('发布时间：2024-02-06 09:30', at.level2, top + 3 * LINE), item('来源：某县水利局', at.progress, top + 3 * LINE),
        item('【字体：大 中 小】【打印】【关闭】', at.level2, top + 2 * LINE),
        item('二级指标', at.level2, top), item('名称', at.name, top), item('指标值', at.target, top), item('执行情况', at.progress, top), item('完成可能性', at.likelihood, top),
        // 已修复3处 ends 12 points before 确定能: the narrowest gap, so no cell's text runs further than 12 points short of the next.
        item('数量指标', at.level2, top - LINE), item('修复点', at.name, top - LINE), item('≥8处', at.target, top - LINE), item('已修复3处', at.progress, top - LINE), item('确定能', at.likelihood, top - LINE),
        // 年度预算 and ≤180万 are the widest lines of their columns: 控制 and 元 would have passed the next cell less 12 points; so would
        // 62.4 (as wide as it printed, 20 points) after 已支出.
        item('成本指标', at.level2, top - 2 * LINE), item('年度预算', at.name, top - 2 * LINE), item('≤180万', at.target, top - 2 * LINE), item('已支出', at.progress, top - 2 * LINE), item('确定能', at.likelihood, top - 2 * LINE),
        item('控制', at.name, top - 3 * LINE), item('元', at.target, top - 3 * LINE), item('62.4万元', at.progress, top - 3 * LINE),
        item('时效指标', at.level2, top - 4 * LINE), item('完工时间', at.name, top - 4 * LINE), item('9月', at.target, top - 4 * LINE), item('已完工', at.progress, top - 4 * LINE), item('确定能', at.likelihood, top - 4 * LINE),
        // 完工时间 ends 15 points before the next cell, 已完工 25: a line under them is a line of its own.
        item('另行', at.name, top - 5 * LINE), item('说明', at.progress, top - 5 * LINE),
      ],
    ]);
    expect(lines.slice(1, 3)).toEqual(['【字体:大 中 小】【打印】【关闭】', '二级指标\t名称\t指标值\t执行情况\t完成可能性']);
    expect(lines.slice(3)).toEqual([
      '数量指标\t修复点\t≥8处\t已修复3处\t确定能',
      '成本指标\t年度预算控制\t≤180万元\t已支出62.4万元\t确定能',
      '时效指标\t完工时间\t9月\t已完工\t确定能',
      '\t另行\t\t说明',
    ]);
  });

  it('joins a date broken after its year (2024年 / 10月前), the space Word sets between a CJK character and a figure counted', () => {
    const top = 700;
    const at = { level2: 78, name: 133, target: 250, actual: 310 };
    const lines = pdfPageLines([
      [
        item('二级指标', at.level2, top), item('三级指标', at.name, top), item('指标值', at.target, top), item('实际值', at.actual, top),
        item('数量指标', at.level2, top - LINE), item('治理长度', at.name, top - LINE), item('12.4公里', at.target, top - LINE), item('12.5公里', at.actual, top - LINE),
        // 2024年 ends 10 points short of the column (12.4公里): "10" fits only without the quarter character before it.
        item('时效指标', at.level2, top - 2 * LINE), item('完工时间', at.name, top - 2 * LINE), item('2024年', at.target, top - 2 * LINE), item('2024年9', at.actual, top - 2 * LINE),
        item('10月前', at.target, top - 3 * LINE), item('月', at.actual, top - 3 * LINE),
      ],
    ]);
    expect(lines.at(-1)).toBe('时效指标\t完工时间\t2024年10月前\t2024年9月');
  });

  it('leaves a first row under a header row, and the upper half of cells centred in the row below, as rows of their own', () => {
    const top = 700;
    const at = { unit: 78, amount: 138, goal: 198, level1: 258, target: 318 };
    const underHeader = pdfPageLines([
      [
        item('单位名称', at.unit, top), item('预算金额', at.amount, top), item('年度目标', at.goal, top), item('一级指标', at.level1, top), item('指标值', at.target, top),
        // 单位名称 and 预算金额 fill their columns, but a figure under a header's words is the first row's.
        item('某县文化馆', at.unit, top - LINE), item('36.00', at.amount, top - LINE),
        item('文化下乡经费', at.unit, top - 2 * LINE), item('36.00', at.amount, top - 2 * LINE), item('送戏下乡', at.goal, top - 2 * LINE), item('产出指标', at.level1, top - 2 * LINE), item('≥20场', at.target, top - 2 * LINE),
      ],
    ]);
    expect(underHeader[1]).toBe('某县文化馆\t36.00');
    const centred = pdfPageLines([
      [
        item('一级指标', at.unit, top), item('二级指标', at.amount, top), item('三级指标', at.goal, top), item('指标值', at.level1, top),
        item('产出指标', at.unit, top - LINE), item('数量指标', at.amount, top - LINE), item('演出场次', at.goal, top - LINE), item('≥20场', at.level1, top - LINE),
        // A name of two lines centred in its row: its first line half a line above the row's other cells.
        item('观众人次', at.goal, top - 2 * LINE),
        item('质量指标', at.amount, top - 2.5 * LINE), item('≥5000人次', at.level1, top - 2.5 * LINE),
        item('覆盖率', at.goal, top - 3 * LINE),
      ],
    ]);
    expect(centred.slice(1)).toEqual(['产出指标\t数量指标\t演出场次\t≥20场', '\t质量指标\t观众人次覆盖率\t≥5000人次']);
  });

  it('puts the rest of a number wrapped in a narrow column back, and leaves a figure under a figure', () => {
    const top = 700;
    const at = { number: 78, name: 111, value: 200 };
    const lines = pdfPageLines([
      [
        item('序号', at.number, top), item('指标名称', at.name, top), item('指标值', at.value, top),
        // 1234 fills 序号's width: its 5 went onto the next line.
        item('1234', at.number, top - LINE), item('检测座数', at.name, top - LINE), item('≥150', at.value, top - LINE),
        item('5', at.number, top - 2 * LINE),
        item('12', at.number, top - 3 * LINE), item('处置率', at.name, top - 3 * LINE), item('100', at.value, top - 3 * LINE),
        // 90 is a digit short of its column (100 above it): 8 is no rest of it.
        item('13', at.number, top - 4 * LINE), item('满意度', at.name, top - 4 * LINE), item('90', at.value, top - 4 * LINE),
        item('8', at.value, top - 5 * LINE),
      ],
    ]);
    expect(lines).toContain('12345\t检测座数\t≥150');
    expect(lines.at(-1)).toBe('8');
  });

  it('measures a table\'s first column by its own rows, not by a key–value row above it starting at the same edge', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('部门名称', 78, top), item('河湾县市场监督管理局', 133, top),
        // A wide key of the block above, at the table's left edge: its line is no width of the task column.
        item('总体绩效目标（一般不超过300字）', 78, top - LINE), item('完成年度抽检任务。', 300, top - LINE),
        item('任务名称', 78, top - 2 * LINE), item('项目', 140, top - 2 * LINE), item('主要内容', 194, top - 2 * LINE), item('金额', 277, top - 2 * LINE),
        item('食品安全监', 78, top - 3 * LINE), item('食品安全', 140, top - 3 * LINE), item('开展食品和食用', 194, top - 3 * LINE), item('86.00', 277, top - 3 * LINE),
        item('管', 78, top - 4 * LINE), item('抽检经费', 140, top - 4 * LINE), item('农产品抽样检验', 194, top - 4 * LINE),
        item('特种设备安', 78, top - 5 * LINE), item('特种设备', 140, top - 5 * LINE), item('锅炉电梯等特种', 194, top - 5 * LINE), item('42.50', 277, top - 5 * LINE),
        item('全', 78, top - 6 * LINE), item('检验补助', 140, top - 6 * LINE), item('设备检验', 194, top - 6 * LINE),
      ],
    ]);
    expect(lines).toContain('食品安全监管\t食品安全抽检经费\t开展食品和食用农产品抽样检验\t86.00');
    expect(lines).toContain('特种设备安全\t特种设备检验补助\t锅炉电梯等特种设备检验\t42.50');
  });

  it('joins a header word wrapped in a narrow column, but not a column word opening a row under a line no other is as wide as', () => {
    const top = 700;
    const lines = pdfPageLines([
      [
        item('年度整体绩效目标', 78, top), item('1、守住森林资源安全底线。2、完成年度造林任务。', 175, top),
        item('核心职能', 78, top - LINE), item('年度绩效指标', 175, top - LINE),
        item('一级指标', 175, top - 2 * LINE), item('二级指标', 249, top - 2 * LINE), item('指标值', 343, top - 2 * LINE), item('偏差', 400, top - 2 * LINE),
        item('原因', 400, top - 3 * LINE),
        item('分析', 400, top - 4 * LINE),
        item('产出指标', 175, top - 5 * LINE), item('数量指标', 249, top - 5 * LINE), item('≥3000公里', 343, top - 5 * LINE),
      ],
    ]);
    expect(lines).toContain('核心职能\t年度绩效指标');
    expect(lines).toContain('一级指标\t二级指标\t指标值\t偏差原因分析');
  });

  it('joins a cell cut by a page break back into its row, past the page number and the running head', () => {
    const top = 700;
    const head = (page: number) => [item('河湾灌区管理所', 72, top + 3 * LINE), item(`第 ${page} 页 共 2 页`, 260, 60)];
    const row = (y: number, cells: readonly string[]) => cells.map((text, index) => item(text, [columns.number, columns.level2, columns.name, columns.target][index] ?? 0, y));
    const lines = pdfPageLines([
      [
        ...head(1),
        ...row(top, ['序号', '二级指标', '指标名称', '指标值']),
        ...row(top - LINE, ['1', '数量指标', '渠道长度', '≥12公里']),
        ...row(top - 2 * LINE, ['2', '经济效益', '农户灌溉费', '≥10%']),
      ],
      [
        ...head(2),
        // The rest of 农户灌溉费 (a full line) at the top of the next page.
        item('用节约', columns.name, top),
        ...row(top - LINE, ['3', '社会效益', '受益面积', '≥3600亩']),
        ...row(top - 2 * LINE, ['4', '生态效益', '节水量', '≥5万方']),
        ...row(top - 3 * LINE, ['5', '满意度', '农户满意度', '≥90%']),
      ],
    ]);
    expect(lines).toContain('2\t经济效益\t农户灌溉费用节约\t≥10%');
    expect(lines).not.toContain('用节约');
    expect(lines).toContain('3\t社会效益\t受益面积\t≥3600亩');
  });

  it('joins a line of values going on full cells at the next page\'s head, as on one page (结转结余率 / 3%)', () => {
    const top = 700;
    const at = { level2: 78, name: 133, rule: 198, actual: 263, score: 328 };
    const row = (y: number, cells: readonly string[]) => cells.map((text, index) => item(text, Object.values(at)[index] ?? 0, y));
    const lines = pdfPageLines([
      [
        ...row(top, ['二级指标', '三级指标', '评分标准', '实际完成', '得分']),
        ...row(top - LINE, ['预算执行', '执行率', '每低1%扣', '执行率96%', '18']),
        // Each cell of the last row fills its column (five characters); its rest, values too, opens the next page.
        ...row(top - 2 * LINE, ['结转结余', '结转结余率', '结转结余率', '结转结余率', '10']),
      ],
      [
        ...row(top, ['(10分)', '(10分)', '≤5%得10分', '3%']),
        ...row(top - LINE, ['资产管理', '账实相符', '相符得满分', '已完成', '18']),
        ...row(top - 2 * LINE, ['资产管理', '处置规范', '规范得满分', '已完成', '10']),
      ],
    ]);
    expect(lines).toContain('结转结余(10分)\t结转结余率(10分)\t结转结余率≤5%得10分\t结转结余率3%\t10');
    expect(lines.slice(-2)).toEqual(['资产管理\t账实相符\t相符得满分\t已完成\t18', '资产管理\t处置规范\t规范得满分\t已完成\t10']);
  });

  it('gives a row the empty cells its header has before and between its cells (levels merged down, no unit)', () => {
    const top = 700;
    const at = { level1: 78, level2: 140, name: 200, unit: 290, target: 345 };
    const lines = pdfPageLines([
      [
        item('河湾县灌区节水改造项目', 72, top + LINE),
        item('一级指标', at.level1, top), item('二级指标', at.level2, top), item('三级指标', at.name, top), item('计量单位', at.unit, top), item('指标值', at.target, top),
        item('产出指标', at.level1, top - LINE), item('数量指标', at.level2, top - LINE), item('渠道长度', at.name, top - LINE), item('公里', at.unit, top - LINE), item('≥12', at.target, top - LINE),
        item('质量指标', at.level2, top - 2 * LINE), item('验收合格率', at.name, top - 2 * LINE), item('≥98%', at.target, top - 2 * LINE),
        item('渠道防渗率', at.name, top - 3 * LINE), item('%', at.unit, top - 3 * LINE), item('≥95', at.target, top - 3 * LINE),
      ],
    ]);
    expect(lines).toEqual([
      '河湾县灌区节水改造项目',
      '一级指标\t二级指标\t三级指标\t计量单位\t指标值',
      '产出指标\t数量指标\t渠道长度\t公里\t≥12',
      '\t质量指标\t验收合格率\t\t≥98%',
      '\t\t渠道防渗率\t%\t≥95',
    ]);
  });

  it('gives a row of funds figures under a funds header its empty first cell, the label merged down beside them', () => {
    const top = 700;
    const at = { label: 78, budget: 145, executed: 212, rate: 290, forecast: 345, light: 425 };
    // LibreOffice prints the row of figures at a lower pitch (12.2 points): a Latin font's digits sit higher.
    const figures = top - LINE - 12.2;
    const lines = pdfPageLines([
      [
        item('项目名称', at.label, top + LINE), item('河湾县乡村道路养护', at.budget, top + LINE), item('项目单位', at.rate, top + LINE), item('河湾县公路站', at.forecast, top + LINE),
        item('资金情况', at.label, top), item('年度预算数', at.budget, top), item('1-7月执行数', at.executed, top), item('执行率', at.rate, top), item('全年预计执行数', at.forecast, top), item('预警等级', at.light, top),
        item('180.00', at.budget, figures), item('64.80', at.executed, figures), item('36.00%', at.rate, figures), item('176.00', at.forecast, figures), item('黄灯', at.light, figures),
        item('一级指标', at.label, figures - LINE), item('二级指标', at.budget, figures - LINE), item('三级指标', at.executed, figures - LINE), item('年度指标值', at.rate, figures - LINE),
        item('产出指标', at.label, figures - 2 * LINE), item('数量指标', at.budget, figures - 2 * LINE), item('养护里程', at.executed, figures - 2 * LINE), item('≥120公里', at.rate, figures - 2 * LINE),
        // Under the indicator table's header: no funds header gives this row's cells their columns.
        item('质量指标', at.budget, figures - 3 * LINE), item('路况优良率', at.executed, figures - 3 * LINE), item('≥85%', at.rate, figures - 3 * LINE),
      ],
    ]);
    expect(lines.slice(1)).toEqual([
      '资金情况\t年度预算数\t1-7月执行数\t执行率\t全年预计执行数\t预警等级',
      '\t180.00\t64.80\t36.00%\t176.00\t黄灯',
      '一级指标\t二级指标\t三级指标\t年度指标值',
      '产出指标\t数量指标\t养护里程\t≥120公里',
      '\t质量指标\t路况优良率\t≥85%',
    ]);
  });

  it('joins a funds label\'s rest and a figure under its label\'s colon, two cells under two (其中：一般公共预 / 算：1302.80)', () => {
    const top = 700;
    const at = { label: 78, income: 154, nature: 442 };
    const lines = pdfPageLines([
      [
        item('年度', at.label, top), item('年初预算数', at.income + 100, top), item('全年预算数', at.income + 190, top), item('全年执行数', at.nature, top), item('得分', at.nature + 100, top),
        item('预算申请', at.label, top - LINE), item('年度资金总额', at.income, top - LINE), item('860.00', at.income + 100, top - LINE), item('880.00', at.income + 190, top - LINE), item('871.20', at.nature, top - LINE), item('9.90', at.nature + 100, top - LINE),
        item('按收入性质分：', at.income, top - 2 * LINE), item('按支出性质分：', at.nature, top - 2 * LINE),
        // Eight characters fill each cell (as wide as 政府性基金拨款：, and within a character of 项目支出：67.60, its digits narrower):
        // the label's rest and the figure print on the next line.
        item('其中：一般公共预', at.income, top - 3 * LINE), item('其中：基本支出：', at.nature, top - 3 * LINE),
        item('算：840.00', at.income, top - 4 * LINE), item('612.40', at.nature, top - 4 * LINE),
        item('政府性基金拨款：', at.income, top - 5 * LINE), item('项目支出：67.60', at.nature, top - 5 * LINE),
        item('40.00', at.income, top - 6 * LINE),
      ],
    ]);
    expect(lines).toContain('其中:一般公共预算:840.00\t其中:基本支出:612.40');
    // The next key–value pair, a label under a value, is a row of its own (its figure under its colon again).
    expect(lines).toContain('政府性基金拨款:40.00\t项目支出:67.60');
  });

  it('puts back amounts cut at their cell\'s edge after the decimal point, their digits printed higher than the label\'s rest beside them', () => {
    const top = 700;
    const at = { label: 78, initial: 144, adjusted: 211, rate: 280, score: 325 };
    const lines = pdfPageLines([
      [
        item('项目资金', at.label, top), item('年初预算数', at.initial, top), item('全年预算数', at.adjusted, top), item('执行率', at.rate, top), item('得分', at.score, top),
        // "1,250,000." fills its column (as wide in the next row): "00" goes on the next line, 4.9 points above the label's rest
        // "额：" (a Latin font's digits set higher), and "%" of 99.00% likewise.
        item('年度资金总', at.label, top - LINE), item('1,250,000.', at.initial, top - LINE), item('1,380,000.', at.adjusted, top - LINE), item('99.00', at.rate, top - LINE), item('9.90', at.score, top - LINE),
        item('00', at.initial, top - LINE - 9.5), item('00', at.adjusted, top - LINE - 9.5), item('%', at.rate, top - LINE - 9.5),
        item('额：', at.label, top - 2 * LINE),
        item('其中：本年', at.label, top - 3 * LINE), item('1,250,000.', at.initial, top - 3 * LINE), item('1,380,000.', at.adjusted, top - 3 * LINE), item('—', at.rate, top - 3 * LINE), item('—', at.score, top - 3 * LINE),
        item('00', at.initial, top - 3 * LINE - 9.5), item('00', at.adjusted, top - 3 * LINE - 9.5),
        item('财政拨款', at.label, top - 4 * LINE),
        item('其他资金', at.label, top - 5 * LINE), item('0.00', at.initial, top - 5 * LINE), item('0.00', at.adjusted, top - 5 * LINE), item('—', at.rate, top - 5 * LINE), item('—', at.score, top - 5 * LINE),
      ],
    ]);
    expect(lines.slice(1)).toEqual([
      '年度资金总额:\t1,250,000.00\t1,380,000.00\t99.00%\t9.90',
      '其中:本年财政拨款\t1,250,000.00\t1,380,000.00\t—\t—',
      '其他资金\t0.00\t0.00\t—\t—',
    ]);
  });

  it('starts a row at the next numbered item and at the next key\'s label, however full the line above', () => {
    const top = 700;
    const at = { label: 78, value: 160, key: 285, name: 160, target: 290 };
    const lines = pdfPageLines([
      [
        // 项目实施单位 and 项目资金来源 are as wide as the first column: 项目属性 would not have fitted after either.
        item('项目名称', at.label, top), item('河湾县档案数字化加工', at.value, top), item('项目主管单位', at.key, top), item('河湾县档案局', at.key + 70, top),
        item('项目实施单位', at.label, top - LINE), item('河湾县档案馆业务科室', at.value, top - LINE), item('项目负责人', at.key, top - LINE), item('林某', at.key + 70, top - LINE),
        item('项目属性', at.label, top - 2 * LINE), item('1、常年性√ 2、延续性□', at.value, top - 2 * LINE),
        item('项目资金来源', at.label, top - 3 * LINE), item('本级(万元)', at.value, top - 3 * LINE), item('合计(万元)', at.key, top - 3 * LINE),
        item('一级指标', at.label, top - 4 * LINE), item('三级指标', at.name, top - 4 * LINE), item('指标值', at.target, top - 4 * LINE),
        // 1.档案查阅平均等候时 fills the name column (as wide as 1.累计数字化档案页数量): the next item is a row of its own.
        item('效益指标', at.label, top - 5 * LINE), item('1.档案查阅平均等候时间', at.name, top - 5 * LINE), item('≤10分钟', at.target, top - 5 * LINE),
        item('2.数字资源长期保存机制', at.name, top - 6 * LINE), item('建立', at.target, top - 6 * LINE),
        item('满意度指标', at.label, top - 7 * LINE), item('1.累计数字化档案页数量', at.name, top - 7 * LINE), item('≥95%', at.target, top - 7 * LINE),
      ],
    ]);
    expect(lines).toContain('项目实施单位\t河湾县档案馆业务科室\t项目负责人\t林某');
    expect(lines).toContain('项目属性\t1、常年性√ 2、延续性□');
    expect(lines).toContain('效益指标\t1.档案查阅平均等候时间\t≤10分钟');
    expect(lines).toContain('\t2.数字资源长期保存机制\t建立');
  });

  // Made by scripts/make-borderless-pdf-fixtures.ts: our own 自评表 as a Word table without borders, saved as PDF by LibreOffice.
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  const factsOf = async (fileName: string, bytes: Buffer) => documentFacts(analyseDocument(await importFile({ fileName, bytes })));

  it('reads a real borderless print, cells at the top, as its tab dump reads: budget row and every indicator whole', async () => {
    const lines = await readPdfLines(fixture('borderless-self-evaluation-top.pdf'), defaultImportLimits);
    // As the tab dump writes them, the 绩效指标 column's empty cell first.
    expect(lines).toContain('\t产出指标\t数量指标\t维修改造灌溉渠道长度\t≥12公里\t12.4公里\t20\t20');
    expect(lines).toContain('\t效益指标\t社会效益指标\t受益农田灌溉面积保障\t≥3600亩\t3720亩\t20\t20');
    const source = await factsOf('自评表.txt', fixture('borderless-self-evaluation.txt'));
    const read = await factsOf('自评表.pdf', fixture('borderless-self-evaluation-top.pdf'));
    const compared = [...source].filter(([key]) => key.startsWith('indicator') || key.startsWith('budget.') || key === 'unit' || key === 'project');
    expect(compared.length).toBeGreaterThanOrEqual(40);
    expect(compared.filter(([key, value]) => read.get(key) !== value)).toEqual([]);
  });

  it('blanks the running head of a table over pages, and its page numbers, for the text readers', async () => {
    // Our own long 自评表 over two pages: a unit's name printed at the head of each, "第 N 页 共 M 页" at each foot.
    const head = '河湾镇农业农村综合服务中心绩效自评材料';
    const lines = await readPdfLines(fixture('borderless-long-self-evaluation.pdf'), defaultImportLimits);
    expect(lines.filter((line) => line === head)).toHaveLength(2);
    const read = splitLines(markPageStarts(lines).join('\n'));
    // Kept on the first page, where it may be the title; gone where it stood between the table's rows.
    expect(read.filter((line) => line === head)).toHaveLength(1);
    expect(read.findIndex((line) => line === head)).toBe(0);
    expect(read.filter((line) => /第\s*\d+\s*页/.test(line))).toEqual([]);
    expect(read.filter((line) => line.includes('社会效益指标'))).toHaveLength(1);
  });
});
