import { describe, expect, it } from 'vitest';
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { splitLines } from './normalize.ts';
import { readText } from './read-text.ts';
import { readTargetTable } from './target-table.ts';

function readSample000(): PerformanceDocument {
  const document = readText(readSeed('000'));
  if (!document) throw new Error('sample 000 was not recognised');
  return document;
}

function indicators(document: PerformanceDocument) {
  return Array.from(eachIndicator(document), ({ indicator }) => indicator);
}

function readLines(text: string): PerformanceDocument {
  return readTargetTable(splitLines(text), 'department');
}

describe('sample 000, the 2023 target table of 湘潭县公安局', () => {
  const document = readSample000();

  it('is a department target table for 2023 of 湘潭县公安局', () => {
    expect(document).toMatchObject({ kind: 'target-table', scope: 'department', year: 2023, unit: '湘潭县公安局' });
  });

  it('reads the budget: 12222.69 = 一般公共预算 12222.69 = 基本支出 9368.19 + 项目支出 2854.50', () => {
    expect(document.budget).toEqual({
      total: '12222.69',
      bySource: { generalPublic: '12222.69', governmentFund: null, specialAccount: null, other: null, total: '12222.69' },
      byNature: { basic: '9368.19', project: '2854.50', total: '12222.69' },
    });
  });

  it('reads 部门职能 and 整体绩效目标 whole, paragraphs kept', () => {
    expect(document.functions).toMatch(/^（一）贯彻执行党中央/);
    expect(document.functions).toMatch(/（十三）承办县人民政府交办的其他事项。$/);
    expect(document.overallGoal).toMatch(/^一是坚持总体国家安全观/);
    expect(document.overallGoal).toContain('六是坚持发扬自我革命精神');
  });

  it('has the four goals 目标一…目标四 with 87 indicators in all', () => {
    expect(document.goals.map((goal) => goal.name)).toEqual(['目标一', '目标二', '目标三', '目标四']);
    expect(document.goals.map((goal) => goal.indicators.length)).toEqual([29, 19, 17, 22]);
    expect(indicators(document)).toHaveLength(87);
  });

  it('places 打击各类犯罪，间接挽回经济损失 under 效益指标/经济效益指标 with target 1000 万元', () => {
    const found = indicators(document).filter((indicator) => indicator.name === '打击各类犯罪，间接挽回经济损失');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ level1: '效益指标', level2: '经济效益指标', line: 263 });
    expect(found[0]?.target).toMatchObject({ text: '1000万元', value: '1000', unit: '万元' });
  });

  it('keeps a name broken over several lines as one name', () => {
    const found = indicators(document).find((indicator) => indicator.name === '“反恐特警中队人员经费”运行经费');
    expect(found).toMatchObject({ level1: '产出指标', level2: '成本指标', line: 467 });
  });

  it('carries blank 一级/二级 down and keeps 成本指标 under 产出指标 as this template does', () => {
    const goalOne = document.goals[0]?.indicators ?? [];
    expect(goalOne.map((indicator) => `${indicator.level1}/${indicator.level2}`)).toEqual([
      ...Array<string>(12).fill('产出指标/数量指标'),
      ...Array<string>(8).fill('产出指标/质量指标'),
      ...Array<string>(3).fill('产出指标/成本指标'),
      ...Array<string>(3).fill('产出指标/时效指标'),
      '效益指标/经济效益指标',
      '效益指标/社会效益指标',
      '满意度指标/社会公众或服务对象满意度',
    ]);
  });

  it('gives every indicator a target and a line, and reports nothing for this clean table', () => {
    expect(indicators(document).every((indicator) => indicator.target !== null && indicator.line !== undefined)).toBe(true);
    expect(document.findings).toEqual([]);
  });
});

describe('target tables in other layouts', () => {
  const header = '2024年部门整体支出绩效目标表\n部门名称：某县公安局\n';

  it('reads cells separated by |, with blank levels carried down', () => {
    const document = readLines(
      `${header}| 目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|---|\n` +
        '| 目标一 | 产出指标 | 数量指标 | 巡逻次数 | ≥100次 |\n' +
        '|  |  |  | 培训人次 | ≥500人次 |\n' +
        '|  |  | 经济效益指标 | 挽回经济损失 | 1000万元 |\n' +
        '|  | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |\n',
    );
    expect(document).toMatchObject({ unit: '某县公安局', year: 2024 });
    expect(indicators(document).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '数量指标', '巡逻次数', '≥100次'],
      ['产出指标', '数量指标', '培训人次', '≥500人次'],
      ['效益指标', '经济效益指标', '挽回经济损失', '1000万元'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    expect(document.goals.map((goal) => goal.name)).toEqual(['目标一']);
  });

  it('reads cells that come one per line, a name without value getting target null', () => {
    const document = readLines(
      `${header}资金总额：300.5\n一级指标\n二级指标\n三级指标\n指标值\n` +
        '产出指标\n数量指标\n巡逻次数\n≥100次\n培训覆盖情况\n全员覆盖\n质量指标\n案件办结率\n≥95%\n' +
        '时效指标\n处警到场时间\n效益指标\n社会效益指标\n治安环境持续好转\n≥12个月\n财政部门审核意见\n同意\n',
    );
    expect(document.budget.total).toBe('300.5');
    expect(indicators(document).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null])).toEqual([
      ['产出指标', '数量指标', '巡逻次数', '≥100次'],
      ['产出指标', '数量指标', '培训覆盖情况', '全员覆盖'],
      ['产出指标', '质量指标', '案件办结率', '≥95%'],
      ['产出指标', '时效指标', '处警到场时间', null],
      ['效益指标', '社会效益指标', '治安环境持续好转', '≥12个月'],
    ]);
    expect(document.findings).toContainEqual(expect.objectContaining({ code: 'review-opinion', severity: 'info', message: expect.stringContaining('同意') }));
  });

  it('reads published lists written 【一级-二级】 指标N:名称(值), one or many per line', () => {
    const document = readLines(
      `${header}【产出指标-数量指标】 指标1:雷达购置数量(≥77台) 指标2:信号灯维护数量（≥100个）\n` +
        '【产出指标-质量指标】 指标1:硬件故障排除率(≥95%)；\n' +
        '【效益指标-社会效益指标】 指标1:交通事故下降率(下降15%) 【满意度指标-服务对象满意度指标】 指标1:群众满意度(≥90%)\n' +
        '【产出指标-时效指标】 指标1:故障修复时间\n',
    );
    expect(indicators(document).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null])).toEqual([
      ['产出指标', '数量指标', '雷达购置数量', '≥77台'],
      ['产出指标', '数量指标', '信号灯维护数量', '≥100个'],
      ['产出指标', '质量指标', '硬件故障排除率', '≥95%'],
      ['效益指标', '社会效益指标', '交通事故下降率', '下降15%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
      ['产出指标', '时效指标', '故障修复时间', null],
    ]);
    expect(document.goals).toHaveLength(1);
    expect(indicators(document)[0]?.line).toBe(3);
  });

  it('opens a goal for each goal heading of a published list, alone or before the list', () => {
    const document = readLines(
      '职能1：安保执勤\n【产出指标-数量指标】 指标1:警卫安保活动次数(≥25次/年)\n' +
        '职能2：村警保障经费 【产出指标-数量指标】 指标1:保障村警人数(≥154个)\n',
    );
    expect(document.goals.map((goal) => [goal.name, goal.indicators.map((indicator) => indicator.name)])).toEqual([
      ['职能1：安保执勤', ['警卫安保活动次数']],
      ['职能2：村警保障经费', ['保障村警人数']],
    ]);
  });

  it('keeps a bracket inside a published name and takes the last bracket as the value', () => {
    const document = readLines('【产出指标-数量指标】 指标1:硬件采购（维护）数(≥280个)\n');
    expect(indicators(document)[0]).toMatchObject({ name: '硬件采购（维护）数', target: expect.objectContaining({ text: '≥280个' }) });
  });

  it('keeps a written 财政部门审核意见 as an info finding', () => {
    const document = readLines(
      `${header}\n\t目标\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\t目标一\n\t产出指标\n\t数量指标\n\t巡逻次数\n\t≥100次\n\n` +
        '\t财政部门审核意见\n\t同意，请按目标执行。\n',
    );
    expect(indicators(document)).toHaveLength(1);
    expect(document.findings).toEqual([
      expect.objectContaining({ severity: 'info', code: 'review-opinion', message: '原表附有审核意见：同意，请按目标执行。', line: 17 }),
    ]);
  });

  it('reports a row it cannot place instead of inventing a value', () => {
    const document = readLines(
      `${header}目标\t一级指标\t二级指标\t三级指标\t指标值\n目标一\t产出指标\t数量指标\t巡逻次数\t≥100次\n\t\t\t\t≥5次\n`,
    );
    expect(indicators(document)).toHaveLength(1);
    expect(document.findings).toEqual([expect.objectContaining({ code: 'unparsed-line', severity: 'warning', line: 5 })]);
  });

  it('reads what it can of a truncated table without throwing', () => {
    // Cut in the middle of 目标二's fourth row (line 300 of the seed).
    const document = readLines(readSeed('000').split('\n').slice(0, 300).join('\n'));
    expect(document.unit).toBe('湘潭县公安局');
    expect(document.goals.map((goal) => goal.indicators.length)).toEqual([29, 4]);
  });
});

describe('project target tables', () => {
  it('reads the project header and the budget split by year', () => {
    const document = readTargetTable(
      splitLines(
        '项目支出绩效目标表\n（2024年度）\n项目名称\t禁毒宣传经费\n主管部门\t某县公安局\t实施单位\t某县禁毒办\n' +
          '项目资金（万元）\t年度资金总额：\t50.00\n\t其中：本年财政拨款\t45.00\n\t上年结转资金\t5.00\n\t其他资金\t\n' +
          '一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t宣传活动次数\t≥30次/年\n',
      ),
      'project',
    );
    expect(document).toMatchObject({ scope: 'project', project: '禁毒宣传经费', supervisor: '某县公安局', unit: '某县禁毒办', year: 2024 });
    expect(document.budget).toEqual({
      total: '50.00',
      bySource: { currentYear: '45.00', carriedOver: '5.00', other: null, total: null },
    });
    expect(document.findings).toEqual([]);
    expect(indicators(document)).toEqual([expect.objectContaining({ level1: '产出指标', level2: '数量指标', name: '宣传活动次数' })]);
  });
});

describe('target tables whose rows run together on one line', () => {
  it('reads rows with spaces between the cells, levels carried down', () => {
    const document = readLines(
      '2024年部门整体支出绩效目标表\n部门名称：某县公安局\n目标 一级指标 二级指标 三级指标 指标值\n' +
        '目标一 产出指标 数量指标 巡逻次数 ≥100次\n培训 覆盖人次 ≥500人次\n效益指标 社会效益指标 治安环境持续好转 ≥12个月\n' +
        '满意度指标 服务对象满意度指标 群众满意度 ≥90%\n时效指标 处警到场时间\n',
    );
    expect(document.goals.map((goal) => goal.name)).toEqual(['目标一']);
    expect(indicators(document).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null])).toEqual([
      ['产出指标', '数量指标', '巡逻次数', '≥100次'],
      ['产出指标', '数量指标', '培训覆盖人次', '≥500人次'],
      ['效益指标', '社会效益指标', '治安环境持续好转', '≥12个月'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
      ['产出指标', '时效指标', '处警到场时间', null],
    ]);
  });

  it('reads rows with no separator at all, the value from its operator', () => {
    const document = readLines('一级指标二级指标三级指标指标值\n产出指标质量指标案件办结率≥95%\n经济效益指标挽回经济损失不少于1000万元\n');
    expect(indicators(document).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '质量指标', '案件办结率', '≥95%'],
      ['效益指标', '经济效益指标', '挽回经济损失', '不少于1000万元'],
    ]);
  });
});

describe('regional target tables with operator, unit and weight columns', () => {
  it('joins 指标性质, 指标值 and 度量单位 into one target and keeps the 权重', () => {
    const document = readLines(
      '2024年部门整体支出绩效目标表\n单位名称：某县公安局\n' +
        '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\n' +
        '产出指标\t数量指标\t培训人次\t≥\t500\t人次\t10\n' +
        '\t质量指标\t案件办结率\t=\t100\t%\t5\n' +
        '\t\t群众投诉率\t≤\t5%\t%\t5\n' +
        '满意度指标\t服务对象满意度指标\t群众满意度\t定性\t好\t\t\n',
    );
    expect(indicators(document).map((indicator) => [indicator.name, indicator.target?.text, indicator.weight])).toEqual([
      ['培训人次', '≥500人次', '10'],
      ['案件办结率', '=100%', '5'],
      ['群众投诉率', '≤5%', '5'],
      ['群众满意度', '好', null],
    ]);
    expect(indicators(document)[0]?.target).toMatchObject({ operator: '>=', value: '500', unit: '人次' });
    expect(document.findings).toEqual([]);
  });
});
