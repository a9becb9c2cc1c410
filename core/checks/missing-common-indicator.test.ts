/**
 * missing-common-indicator under each rule pack's required 共性指标 (docs/rule-packs/*.md): which
 * requirement each table misses, by table scope.
 */
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../model.ts';
import { getRulePack, policiesOfPack } from '../rule-packs/index.ts';
import { buildIndicator } from '../scoring/testing.ts';
import { checkMissingCommonIndicators } from './missing-common-indicator.ts';

function row(name: string, level1: string): Indicator {
  return buildIndicator({ name, level1, level2: '', target: parseIndicatorValue('≥90%', { name }) });
}

function table(scope: PerformanceDocument['scope'], indicators: Indicator[], kind: PerformanceDocument['kind'] = 'target-table'): PerformanceDocument {
  return { ...createEmptyDocument(kind, scope), goals: [{ name: '目标一', indicators }] };
}

function missing(packName: string, document: PerformanceDocument): string[] {
  return checkMissingCommonIndicators(document, { policy: policiesOfPack(getRulePack(packName)).library }).map((finding) => finding.message);
}

const fullDepartment = [row('预算执行率', '产出指标'), row('结转结余率', '产出指标'), row('“三公”经费控制率', '成本指标'), row('政府采购执行率', '产出指标')];
const projectWithout = [row('巡逻次数', '产出指标'), row('治安案件下降率', '效益指标')];
const projectWith = [...projectWithout, row('群众安全感满意度', '社会公众或服务对象满意度指标')];

type Row = [pack: string, scope: PerformanceDocument['scope'], indicators: Indicator[], missing: string[]];

describe('required 共性指标 by rule pack', () => {
  it.each<Row>([
    ['national', 'department', [], ['预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率']],
    ['national', 'department', fullDepartment, []],
    ['national', 'project', projectWithout, []],
    ['execution-20', 'project', projectWithout, ['服务对象满意度']],
    ['execution-20', 'project', projectWith, []],
    ['sichuan-60-30', 'project', projectWithout, ['服务对象满意度']],
    ['sichuan-60-30', 'department', fullDepartment, []],
    ['chongqing-coefficient', 'project', projectWithout, []],
    ['grades-80-70-60', 'department', fullDepartment, ['预决算信息公开率']],
    ['grades-80-70-60', 'department', [...fullDepartment.slice(0, 1), row('“三公”经费控制率', '成本指标'), row('预决算信息公开率', '产出指标')], []],
  ])('%s, %s table: missing %j', (packName, scope, indicators, expected) => {
    expect(missing(packName, table(scope, indicators))).toEqual(
      expected.map((name) => `${scope === 'department' ? '部门整体' : '项目'}绩效目标表缺少共性指标“${name}”，请从指标库中添加`),
    );
  });

  it('counts an unnamed 满意度 row as nothing, and asks nothing of a self-evaluation', () => {
    expect(missing('execution-20', table('project', [...projectWithout, row('', '满意度指标')]))).toHaveLength(1);
    expect(missing('execution-20', table('project', projectWithout, 'self-evaluation'))).toEqual([]);
  });
});
