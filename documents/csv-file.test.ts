import { encodeGbk } from '../core/gb18030.test-support.ts';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../core/analyse.ts';
import { importFile } from './import-file.ts';

/**
 * A sheet saved as .csv by Excel or WPS: cells parted by commas, quoted only where they hold a comma, a quote
 * or a line break; in GBK when saved on a Chinese Windows, in UTF-8 with a BOM when saved as "CSV UTF-8".
 * Invented unit and names.
 */
const rows = [
  '项目支出绩效自评表',
  '（2024年度）',
  '项目名称,乡村道路养护,,,,,,',
  '主管部门,青禾县交通运输局,,,实施单位,青禾县公路养护中心,,',
  '项目资金（万元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分',
  ',年度资金总额,"1,280.00","1,280.00","1,216.00",10,95%,9.5',
  '一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施',
  '产出指标,数量指标,养护道路里程,≥40公里,42公里,30,30,',
  '产出指标,质量指标,路面完好率,≥90%,92%,20,20,',
  '效益指标,社会效益指标,群众出行时间缩短,≥10分钟,12分钟,30,30,',
  '满意度指标,服务对象满意度指标,沿线群众满意度,≥90%,94%,10,10,',
  '总分,,,,,100,99.5,',
];

async function read(bytes: Buffer) {
  const document = analyseDocument(await importFile({ fileName: '自评表.csv', bytes }));
  return {
    kind: document.kind,
    unit: document.unit,
    project: document.project,
    budget: [document.budget.initial, document.budget.executed],
    indicators: document.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text, indicator.score]),
  };
}

const expected = {
  kind: 'self-evaluation',
  unit: '青禾县公路养护中心',
  project: '乡村道路养护',
  budget: ['1280.00', '1216.00'],
  indicators: [
    ['养护道路里程', '≥40公里', '30'],
    ['路面完好率', '≥90%', '20'],
    ['群众出行时间缩短', '≥10分钟', '30'],
    ['沿线群众满意度', '≥90%', '10'],
  ],
};

describe('a sheet saved as .csv', () => {
  it.each([
    ['UTF-8 with a BOM, Windows line ends', Buffer.from(`\ufeff${rows.join('\r\n')}\r\n`, 'utf8')],
    ['GBK', Buffer.from(encodeGbk(rows.join('\r\n')))],
    ['UTF-8, Unix line ends', Buffer.from(rows.join('\n'), 'utf8')],
  ])('reads it whole: %s', async (_case, bytes) => {
    expect(await read(bytes)).toEqual(expected);
  });

  it('reads a tab dump named .csv as it is', async () => {
    const tabbed = rows.map((row) => row.replace(/"([^"]*)"/g, (_quoted, cell: string) => cell.replace(/,/g, '，')).replace(/,/g, '\t').replace(/，/g, ','));
    expect(await read(Buffer.from(tabbed.join('\n'), 'utf8'))).toEqual(expected);
  });
});
