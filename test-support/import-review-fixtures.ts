/**
 * A self-evaluation laid out the way some counties export it (invented names and numbers): the
 * 得分 column headed "考核分", a wording the vocabulary does not know, so by default the reader
 * ignores that column and reads no scores. Used to show a column-role mapping fixed once through
 * the review screen and then read right from the saved named layout.
 */
import ExcelJS from 'exceljs';

export interface ReviewFixtureOptions {
  /** The unit the file names (title and 实施单位). */
  unit?: string;
  project?: string;
  /** Scores of the four indicators, in order. */
  scores?: readonly [number, number, number, number];
}

export const reviewFixtureHeader = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '考核分', '偏差原因'] as const;

/** The .xlsx bytes of the fixture. */
export async function buildReviewFixtureXlsx(options: ReviewFixtureOptions = {}): Promise<Buffer> {
  const unit = options.unit ?? '示范县公安局';
  const project = options.project ?? '社区警务室建设';
  const [first, second, third, fourth] = options.scores ?? [28, 27, 18, 9];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表');
  sheet.addRow([`${unit}2025年度项目支出绩效自评表`]);
  sheet.addRow(['项目名称', project, '', '实施单位', unit]);
  sheet.addRow(['主管部门', '示范县政法委员会']);
  sheet.addRow([...reviewFixtureHeader]);
  sheet.addRow(['产出指标', '数量指标', '新建警务室数量', '≥6个', '6个', 30, first, '']);
  sheet.addRow(['', '质量指标', '验收合格率', '100%', '98%', 30, second, '一处返工']);
  sheet.addRow(['效益指标', '社会效益指标', '群众报警响应时间', '≤15分钟', '14分钟', 20, third, '']);
  sheet.addRow(['满意度指标', '服务对象满意度指标', '辖区群众满意度', '≥90%', '92%', 10, fourth, '']);
  sheet.addRow(['总分', '', '', '', '', 90, first + second + third + fourth, '']);
  sheet.mergeCells('A5:A6');
  sheet.mergeCells('A1:H1');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same fixture as a tab-separated text dump (the direct upload route takes text). */
export function buildReviewFixtureText(options: ReviewFixtureOptions = {}): string {
  const unit = options.unit ?? '示范县公安局';
  const project = options.project ?? '社区警务室建设';
  const [first, second, third, fourth] = options.scores ?? [28, 27, 18, 9];
  return [
    `${unit}2025年度项目支出绩效自评表`,
    ['项目名称', project, '实施单位', unit].join('\t'),
    ['主管部门', '示范县政法委员会'].join('\t'),
    reviewFixtureHeader.join('\t'),
    ['产出指标', '数量指标', '新建警务室数量', '≥6个', '6个', 30, first, ''].join('\t'),
    ['', '质量指标', '验收合格率', '100%', '98%', 30, second, '一处返工'].join('\t'),
    ['效益指标', '社会效益指标', '群众报警响应时间', '≤15分钟', '14分钟', 20, third, ''].join('\t'),
    ['满意度指标', '服务对象满意度指标', '辖区群众满意度', '≥90%', '92%', 10, fourth, ''].join('\t'),
    ['总分', '', '', '', '', 90, first + second + third + fourth, ''].join('\t'),
  ].join('\n');
}
