import { describe, expect, it } from 'vitest';
import { readSheetNameTitle, type SheetNameTitle } from './sheet-name-title.ts';

const none = { kind: null, scope: null, year: null, project: null } satisfies SheetNameTitle;

describe('what a sheet’s name says as a title', () => {
  it.each<[string, Partial<SheetNameTitle>]>([
    ['2024年项目支出绩效自评表', { kind: 'self-evaluation', scope: 'project', year: 2024 }],
    ['乡村道路养护项目绩效目标表', { kind: 'target-table', scope: 'project', project: '乡村道路养护项目' }],
    ['2023年度青禾渠清淤项目支出绩效自评表', { kind: 'self-evaluation', scope: 'project', year: 2023, project: '青禾渠清淤项目' }],
    ['部门整体自评', { kind: 'self-evaluation', scope: 'department' }],
    ['2025部门整体绩效目标', { kind: 'target-table', scope: 'department' }],
    ['附件3 2024年绩效目标批复表', { kind: 'approval-table', year: 2024 }],
    ['农村客运站点维修', { project: '农村客运站点维修' }],
    ['2024年', { year: 2024 }],
  ])('%s', (name, said) => {
    expect(readSheetNameTitle(name)).toEqual({ ...none, ...said });
  });

  it.each([['Sheet1'], ['sheet 2'], ['工作表3'], ['表1'], ['附表3'], ['附件2-1'], ['Book1'], ['第1页'], ['填报说明'], ['具体指标'], ['汇总'], ['评分标准'], ['示范县公路养护中心'], ['示范县交通运输局'], ['项目'], ['20240315']])(
    '%s says nothing',
    (name) => {
      expect(readSheetNameTitle(name)).toBeNull();
    },
  );
});
