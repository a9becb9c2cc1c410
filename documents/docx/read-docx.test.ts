import { describe, expect, it } from 'vitest';
import { convertGridToLines } from '../xlsx/grid-to-text.ts';
import { buildGrid, parseMammothHtml } from './read-docx.ts';

function linesOf(html: string): string[] {
  return parseMammothHtml(html).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : convertGridToLines(buildGrid(block.rows)),
  );
}

describe('reading Word HTML', () => {
  it('keeps paragraphs and table rows apart, and joins a cell broken over paragraphs', () => {
    const html =
      '<p>2023年部门整体支出绩效目标表</p><table><tr><td><p>部门名称</p></td><td colspan="3"><p>湘潭县公安局</p></td></tr>' +
      '<tr><td><p>一级指标</p></td><td><p>二级指标</p></td><td><p>三级指标</p></td><td><p>指标值</p></td></tr>' +
      '<tr><td rowspan="2"><p>产出指标</p></td><td rowspan="2"><p>成本指标</p></td><td><p>“反恐特警中队</p><p>人员经费”运行经费</p></td><td><p>≤50万元</p></td></tr>' +
      '<tr><td><p>专项行动工作经费</p></td><td><p>不超过50万</p></td></tr></table><p>财政部门审核意见&amp;说明</p>';
    expect(linesOf(html)).toEqual([
      '2023年部门整体支出绩效目标表',
      '部门名称\t湘潭县公安局',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t成本指标\t“反恐特警中队人员经费”运行经费\t≤50万元',
      '产出指标\t成本指标\t专项行动工作经费\t不超过50万',
      '财政部门审核意见&说明',
    ]);
  });

  it('writes a merged cell outside the 一级/二级 columns once, at its top', () => {
    const html =
      '<table><tr><td>绩效目标</td><td>一级指标</td><td>二级指标</td></tr>' +
      '<tr><td rowspan="2">目标一</td><td>产出指标</td><td>数量指标</td></tr><tr><td>效益指标</td><td>社会效益指标</td></tr></table>';
    expect(linesOf(html)).toEqual([
      '绩效目标\t一级指标\t二级指标',
      '目标一\t产出指标\t数量指标',
      '\t效益指标\t社会效益指标',
    ]);
  });
});
