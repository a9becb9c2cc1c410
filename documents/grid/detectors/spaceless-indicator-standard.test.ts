import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { levelRowsOfLine } from '../testing.ts';
import { readHeaderAt, withLaterNamesAsContent } from './run-together-words.ts';
import { spacelessStreamDetector } from './spaceless-stream.ts';

// A 项目支出绩效评价评分表 run together (a document site's preview): each level's 分值 after it, then 具体指标 and
// 评价标准 as sentences, the 自评得分 last.
const header = '一级指标分值二级指标分值三级指标分值具体指标评价标准自评得分';

function rowsOf(stream: string, after = '总分10010010090'): string[][] {
  return levelRowsOfLine(`某区2023年度养老服务补贴项目支出绩效评价评分表${header}${stream}${after}`);
}

/** The stream's rows as the detector cuts them: name, 分值, 具体指标, 评价标准, 得分. */
function cellsOf(stream: string): string[][] {
  const rows = spacelessStreamDetector
    .readRows([`${header}${stream}总分10010010090`])
    .map((row) => rowTexts(row, 9));
  return rows.filter((cells) => cells[4] !== '' && cells[4] !== '三级指标').map((cells) => cells.slice(4));
}

describe('a score sheet header naming the indicator twice', () => {
  const words = [
    '一级指标',
    '分值',
    '二级指标',
    '分值',
    '三级指标',
    '分值',
    '具体指标',
    '评价标准',
    '自评得分',
  ];

  it('reads the name wording after 三级指标 as the description column', () => {
    expect(readHeaderAt(words, 0)?.roles).toEqual([
      'level1',
      'weight',
      'level2',
      'weight',
      'name',
      'weight',
      'content',
      'scoringRule',
      'score',
    ]);
  });

  it.each([
    ['no 二级 before the first name', ['name', 'weight', 'name', 'score']],
    ['a content column named already', ['level1', 'level2', 'name', 'content', 'name', 'score']],
    ['two later names', ['level1', 'level2', 'name', 'name', 'name', 'score']],
  ] as const)('keeps no reading with %s', (_case, roles) => {
    expect(withLaterNamesAsContent(roles)).toBeNull();
  });
});

describe('a score sheet run together with 具体指标 and 评价标准 sentences', () => {
  it('parts the description from the standard where the standard’s points begin, a level word inside the description kept', () => {
    const rows = rowsOf(
      '决策20项目立项20立项依据充分性10项目立项是否符合相关政策和发展规划；是否与部门职责相符。①符合政策要求(5分)；②与部门职责相符(5分)。9立项程序规范性10项目是否按规定程序申请设立。①按程序设立(5分)；②材料齐全(5分)。8',
    );
    expect(rows).toEqual([
      ['决策', '项目立项', '立项依据充分性', '10', '9'],
      ['决策', '项目立项', '立项程序规范性', '10', '8'],
    ]);
  });

  it('keeps a formula’s "*100%" inside the description and reads a carried 二级 bound to 决策 before its weight', () => {
    const rows = rowsOf(
      '决策20项目立项10立项依据充分性10项目是否符合发展规划。①符合规划(10分)。10绩效目标10绩效目标合理性10到位资金与预算资金的比率。到位率=(到位资金/预算资金)*100%。到位率100%得满分；每低1个百分点扣0.1分。9',
    );
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['项目立项', '立项依据充分性', '10', '10'],
      ['绩效目标', '绩效目标合理性', '10', '9'],
    ]);
  });

  it('reads a 三级 worded as the framework’s 二级 under a carried 一级 as the name', () => {
    const rows = rowsOf(
      '效益20项目效益20服务长效机制建立10是否建立长效管理机制。已建立得满分；未建立不得分。10服务对象满意度10服务对象对服务的满意程度。满意度≥90%得满分；每低1个百分点扣0.5分。9',
    );
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['项目效益', '服务长效机制建立', '10', '10'],
      ['项目效益', '服务对象满意度', '10', '9'],
    ]);
  });

  it('reads 决策过程 as one 二级 and a name opening with 决策 under it (the 2013 framework)', () => {
    const rows = rowsOf(
      '项目决策20项目目标10目标内容10目标是否明确。①设有目标(5分)；②目标明确(5分)。10决策过程10决策依据5项目是否符合发展规划。①符合发展规划(5分)。5决策程序5项目是否经过集体决策。①经过集体决策(5分)。4',
    );
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['项目目标', '目标内容', '10', '10'],
      ['决策过程', '决策依据', '5', '5'],
      ['决策过程', '决策程序', '5', '4'],
    ]);
  });

  it('reads the scores though the page goes on after the total row', () => {
    const rows = rowsOf(
      '决策20项目立项20立项依据充分性20项目是否符合发展规划。①符合发展规划(20分)。18',
      '总分10010010018评价人员：某某复核人员：某某评价日期：2024年4月18日',
    );
    expect(rows).toEqual([['决策', '项目立项', '立项依据充分性', '20', '18']]);
  });

  it('cuts the description after its last sentence and the standard before the score', () => {
    expect(
      cellsOf(
        '过程20资金管理20资金到位率10实际到位资金与预算资金的比率，用以反映资金落实情况。资金到位率=(实际到位资金/预算资金)*100%。到位率100%得满分；每低1个百分点扣0.5分，扣完为止。9预算执行率10项目预算资金是否按照计划执行；执行进度是否符合序时要求。①执行率≥95%(5分)；②按序时进度执行(5分)。10',
      ),
    ).toEqual([
      [
        '资金到位率',
        '10',
        '实际到位资金与预算资金的比率，用以反映资金落实情况。资金到位率=(实际到位资金/预算资金)*100%。',
        '到位率100%得满分；每低1个百分点扣0.5分，扣完为止。',
        '9',
      ],
      [
        '预算执行率',
        '10',
        '项目预算资金是否按照计划执行；执行进度是否符合序时要求。',
        '①执行率≥95%(5分)；②按序时进度执行(5分)。',
        '10',
      ],
    ]);
  });

  it('reads a 二级 opening with a 一级 word as the 二级 where no weight column tells them apart', () => {
    const stream =
      '某区2023年度项目支出绩效评价评分表一级指标二级指标三级指标分值评分标准得分项目决策(20分)项目目标(10分)目标内容10目标明确得满分。9决策过程(10分)决策依据10符合规划得满分。9总分10018';
    const read = readIndicatorGrid(recoverGrid([stream]).grid);
    expect(
      read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level2, indicator.name]),
    ).toEqual([
      ['项目目标', '目标内容'],
      ['决策过程', '决策依据'],
    ]);
  });
});
