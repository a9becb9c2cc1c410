import { describe, expect, it } from 'vitest';
import { readText, readTextTables } from './read-text.ts';
import { findNextTable, findTableStarts, MAX_TABLES } from './several-documents.ts';

function table(project: string, indicator: string): string[] {
  return [
    '项目支出绩效自评表',
    '（2023年度）',
    `项目名称\t${project}`,
    '主管部门\t示范县民政局\t实施单位\t示范县救助站',
    '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
    `\t产出指标\t数量指标\t${indicator}\t≥10人\t12人\t90\t90`,
    '总分\t\t\t\t\t\t100\t99',
  ];
}

describe('a page with several tables of one kind', () => {
  it('reads the first table only and says where the next one starts', () => {
    const document = readText([...table('临时救助', '救助人数'), ...table('流浪救助', '护送返乡人数')].join('\n'));
    expect(document?.project).toBe('临时救助');
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['救助人数']);
    expect(document?.findings.find((finding) => finding.code === 'several-documents')?.line).toBe(8);
  });

  it('reads another table when asked: its own header, indicators and lines', () => {
    const page = ['示范县民政局2023年度项目支出绩效自评结果', ...table('临时救助', '救助人数'), ...table('流浪救助', '护送返乡人数'), ...table('医疗救助', '资助参保人数')];
    const text = page.join('\n');
    expect(readTextTables(text).tables).toEqual([
      { line: 1, kind: null },
      { line: 9, kind: 'self-evaluation' },
      { line: 16, kind: 'self-evaluation' },
    ]);
    const second = readText(text, { table: 1 });
    expect(second?.project).toBe('流浪救助');
    const indicators = second?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.line])).toEqual([['护送返乡人数', 14]]);
    expect(second?.findings.find((finding) => finding.code === 'several-documents')).toMatchObject({ line: 9 });
    expect(second?.findings.find((finding) => finding.code === 'several-documents')?.message).toContain('读入的是第2张（第9行起，第16行起是下一张）');
    // A finding of the chosen table's own reading names the page's line, in its message too.
    const withGap = [...page.slice(0, 18), '主管部门\t\t实施单位\t示范县救助站', ...page.slice(19)].join('\n');
    const gap = readText(withGap, { table: 2 })?.findings.find((finding) => finding.code === 'header-value-missing');
    expect(gap).toMatchObject({ line: 19 });
    expect(gap?.message).toContain('第19行');
    // The last, and a number past it: the last table.
    expect(readText(text, { table: 2 })?.project).toBe('医疗救助');
    expect(readText(text, { table: 9 })?.project).toBe('医疗救助');
    expect(readText(text, { table: 2 })?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.line)).toEqual([21]);
  });

  it('lists one table for a page of one, and at most MAX_TABLES', () => {
    expect(readTextTables(table('临时救助', '救助人数').join('\n')).tables).toEqual([{ line: 1, kind: null }]);
    const many = Array.from({ length: MAX_TABLES + 5 }, (_, index) => table(`项目${index}`, '救助人数')).flat();
    expect(findTableStarts(many)).toHaveLength(MAX_TABLES);
  });

  it('cuts at the next table of a Markdown page, whose header labels open with a pipe', () => {
    const asMarkdown = (lines: string[]): string[] =>
      lines.map((line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line));
    const lines = [...asMarkdown(table('临时救助', '救助人数')), ...asMarkdown(table('流浪救助', '护送返乡人数'))];
    expect(findNextTable(lines)).toEqual({ index: 7, kind: 'self-evaluation' });
  });

  it('keeps a title repeated over a page break inside one table', () => {
    const lines = [...table('临时救助', '救助人数').slice(0, 6), '项目支出绩效自评表', '\t\t\t办理及时率\t=100%\t100%\t10\t9'];
    expect(findNextTable(lines)).toBeNull();
  });

  it('keeps a title before the first table (a page heading and the table title)', () => {
    const lines = ['示范县民政局2023年度项目支出绩效自评表', ...table('临时救助', '救助人数')];
    expect(findNextTable(lines)).toBeNull();
  });

  it('cuts a page of monitoring tables at the second 项目支出绩效监控表', () => {
    const monitoring = (project: string): string[] => [
      '项目支出绩效监控表',
      `项目名称\t${project}`,
      '项目资金（万元）\t年初预算数\t1-6月执行数\t全年预计执行数',
      '年度资金总额：\t48\t20\t47',
      '绩效指标\t一级指标\t二级指标\t指标名称\t指标值\t半年度指标执行情况\t完成目标可能性',
      '\t产出指标\t数量指标\t维护站点数\t≥60个\t28个\t确定能',
    ];
    const lines = [...monitoring('站点维护'), ...monitoring('桥梁检测')];
    expect(findNextTable(lines)).toEqual({ index: 6, kind: 'monitoring' });
  });
});

describe('a page with tables of different kinds', () => {
  const targetTable = [
    '2024年项目支出绩效目标表',
    '项目名称\t城区绿化养护',
    '主管部门\t示范县住房和城乡建设局\t实施单位\t示范县园林所',
    '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
    '\t产出指标\t数量指标\t养护绿地面积\t≥120万平方米',
    '\t满意度指标\t服务对象满意度指标\t市民满意度\t≥90%',
  ];
  const monitoringTable = [
    '2024年项目支出绩效监控表',
    '项目名称\t城区绿化养护',
    '项目资金（万元）\t年初预算数\t1-6月执行数\t全年预计执行数',
    '年度资金总额：\t300\t140\t296',
    '绩效指标\t一级指标\t二级指标\t指标名称\t指标值\t1-6月完成值\t完成目标可能性',
    '\t产出指标\t数量指标\t养护绿地面积\t≥120万平方米\t60万平方米\t确定能',
  ];

  it('reads a 目标表 followed by its 监控表 as the 目标表, not as a monitoring document', () => {
    const document = readText([...targetTable, '', ...monitoringTable].join('\n'));
    expect(document?.kind).toBe('target-table');
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['养护绿地面积', '市民满意度']);
    const finding = document?.findings.find((candidate) => candidate.code === 'several-documents');
    expect(finding?.line).toBe(targetTable.length + 2);
    expect(finding?.message).toContain('是一张绩效运行监控表');
  });

  it('finds the next table after an indicator header whose words are broken over two rows', () => {
    const brokenHeader = ['2024年项目支出绩效目标表', '项目名称\t城区绿化养护', '一级\t二级\t三级\t指标值', '指标\t指标\t指标', '产出指标\t数量指标\t养护绿地面积\t≥120万平方米'];
    expect(findNextTable([...brokenHeader, ...monitoringTable])).toEqual({ index: brokenHeader.length, kind: 'monitoring' });
  });
});

describe('tables run together into one line (an OCR\'d page of two projects, twenty-third study)', () => {
  function runTogether(project: string, indicator: string, value: string): string {
    return `省级部门预算项目支出绩效目标表2024年度*一级项目名称文化服务专项二级项目名称${project}主管部门示范市文化局年度绩效目标完成${project}一级指标二级指标三级指标指标目标值产出指标数量指标${indicator}${value}质量指标验收合格率=100%满意度指标服务对象满意度读者满意度≥90%`;
  }

  it.each([
    ['a year and a required mark after the title', runTogether('阅览室开放', '开放天数', '=250天') + runTogether('设备购置', '购置台数', '≥12台'), 1],
    ['the title with its place and year before it', `${runTogether('阅览室开放', '开放天数', '=250天')}示范市2024年项目支出绩效目标表项目名称设备购置一级指标二级指标三级指标指标值`, 1],
    ['three tables', runTogether('甲项目', '开放天数', '=250天') + runTogether('乙项目', '购置台数', '≥12台') + runTogether('丙项目', '培训人次', '≥300人次'), 2],
  ])('cuts inside the line at the next title followed by its header labels: %s', (_case, line, cuts) => {
    const starts = findTableStarts(['示范市文化局', line]);
    expect(starts).toHaveLength(cuts + 1);
    for (const start of starts.slice(1)) {
      expect(start).toMatchObject({ index: 1, kind: 'target-table' });
      expect(line.slice(start.column)).toMatch(/^(?:示范市2024年)?(?:省级部门预算)?项目支出绩效目标表/);
    }
  });

  it.each([
    ['满意', '读者满意度'],
    ['持续改善', '环境改善情况'],
    ['明显提升', '服务水平'],
    ['良好', '运行状况'],
  ])('leaves the first table its last value when it is qualitative ("%s") and the title follows it', (value, name) => {
    const first = `省级部门预算项目支出绩效目标表2024年度*一级项目名称文化服务专项二级项目名称甲项目一级指标二级指标三级指标指标目标值产出指标数量指标开放天数=250天满意度指标服务对象满意度${name}${value}`;
    const line = first + runTogether('乙项目', '购置台数', '≥12台');
    const start = findTableStarts(['示范市文化局', line])[1];
    expect(start?.column).toBe(first.length);
    expect(line.slice(start?.column)).toMatch(/^省级部门预算项目支出绩效目标表/);
  });

  it.each([
    ['好', '读者满意度'],
    ['优', '资料整理规范性'],
    ['良', '场馆服务质量'],
    ['好', '宣传效果'],
    ['是', '是否按期开放'],
    ['否', '是否发生安全事故'],
  ])('leaves the first table its last value of one character ("%s") when it follows a name asking for it (%s)', (value, name) => {
    const first = `省级部门预算项目支出绩效目标表2024年度*一级项目名称文化服务专项二级项目名称甲项目一级指标二级指标三级指标指标目标值产出指标数量指标开放天数=250天满意度指标服务对象满意度${name}${value}`;
    const line = first + runTogether('乙项目', '购置台数', '≥12台');
    const start = findTableStarts(['示范市文化局', line])[1];
    expect(start?.column).toBe(first.length);
    expect(line.slice(start?.column)).toMatch(/^省级部门预算项目支出绩效目标表/);
  });

  it.each([
    ['after a figure and its unit', '开放天数=250天', '良乡镇2024年项目支出绩效目标表'],
    ['after a qualitative value', '读者满意度满意', '良乡镇2024年项目支出绩效目标表'],
    ['after a figure, a title\'s 年度 before a word opening with a value word', '开放天数=250天', '2024年度优化服务项目支出绩效目标表'],
    ['after a sign-ended value, a place opening with 好', '验收合格率=100%', '好坝村2024年项目支出绩效目标表'],
  ])('keeps a place\'s or project\'s name opening with a one-character value word in the title: %s', (_case, last, title) => {
    const first = `省级部门预算项目支出绩效目标表2024年度*二级项目名称甲项目一级指标二级指标三级指标指标目标值产出指标数量指标${last}`;
    const line = `${first}${title}项目名称乙项目一级指标二级指标三级指标指标值`;
    const start = findTableStarts(['示范市文化局', line])[1];
    expect(line.slice(start?.column)).toMatch(new RegExp(`^${title}`));
  });

  it.each([
    ['a title in a cell of its own', ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t开放天数\t250天', '注：绩效目标表\t项目名称\t甲']],
    ['a title with no header label after it', ['一级指标二级指标三级指标指标值产出指标数量指标开放天数250天附件：项目支出绩效目标表说明完毕']],
    ['a title before the first table\'s indicator header', ['项目支出绩效目标表2024年度项目名称甲项目一级指标二级指标三级指标指标值产出指标数量指标开放天数250天']],
  ])('does not cut %s', (_case, lines) => {
    expect(findTableStarts(lines)).toHaveLength(1);
  });

  it('reads the first table alone, and the second when asked, each with its own project and indicators', () => {
    const text = ['示范市文化局', runTogether('阅览室开放', '开放天数', '=250天') + runTogether('设备购置', '购置台数', '≥12台')].join('\n');
    const first = readText(text);
    expect(first?.project).toBe('阅览室开放');
    expect(first?.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text])).toEqual([['开放天数', '=250天'], ['验收合格率', '=100%'], ['读者满意度', '≥90%']]);
    expect(first?.findings.some((finding) => finding.code === 'several-documents')).toBe(true);
    const second = readText(text, { table: 1 });
    expect(second?.project).toBe('设备购置');
    expect(second?.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text])).toEqual([['购置台数', '≥12台'], ['验收合格率', '=100%'], ['读者满意度', '≥90%']]);
  });
});
