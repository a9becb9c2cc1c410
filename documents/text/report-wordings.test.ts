/**
 * How real reports word each fact the report reader takes (docs/layouts.md "Report wordings"), one
 * row per wording, in invented sentences. Each row goes through the real import path (importFile,
 * analyseDocument, the facts of the fidelity measure). Near-miss rows hold an amount, rate, score or
 * grade that is *not* the fact (上年, another year, a target, an indicator's score) beside the one that is.
 * A fact given as null must not be read at all.
 */
import {
  DEPARTMENT_TITLE,
  MONITORING_TITLE,
  describeWordingRows,
  type WordingRow,
} from '../../test-support/report-wordings.ts';

const budgetRows: WordingRow[] = [
  {
    wording: 'label, 为, amount: the three figures and the rate in one sentence',
    body: ['该项目年初预算数为86.40万元，全年预算数为92.00万元，全年执行数为90.16万元，预算执行率为98.00%。'],
    facts: { 'budget.initial': '86.4', 'budget.adjusted': '92', 'budget.executed': '90.16', 'budget.executionRate': '98' },
  },
  {
    wording: '年初预算安排 / 调整后预算为 / 截至…日实际支出, the rate as 执行率 without 预算',
    body: ['年初预算安排资金75万元，年中调整后预算为80万元，截至2023年12月31日实际支出79.2万元，执行率99%。'],
    facts: { 'budget.initial': '75', 'budget.adjusted': '80', 'budget.executed': '79.2', 'budget.executionRate': '99' },
  },
  {
    wording: '截至…日 run into the label without a comma',
    body: ['全年预算数80万元，截至2023年12月31日累计支出78.4万元。'],
    facts: { 'budget.adjusted': '80', 'budget.executed': '78.4' },
  },
  {
    wording: '全年预算资金 and funds received (到位) that are no figure',
    body: ['项目全年预算资金250万元，实际到位资金250万元，实际支出248.75万元，预算执行率99.5%。'],
    facts: { 'budget.adjusted': '250', 'budget.executed': '248.75', 'budget.executionRate': '99.5' },
  },
  {
    wording: '共计 / 累计 between the label and its amount',
    body: ['年初预算共计120万元，全年累计支出118.6万元。'],
    facts: { 'budget.initial': '120', 'budget.executed': '118.6' },
  },
  {
    wording: '全年共支出 (共 before the verb)',
    body: ['全年预算数120万元，全年共支出118.6万元。'],
    facts: { 'budget.adjusted': '120', 'budget.executed': '118.6' },
  },
  {
    wording: 'amounts in 元 with thousands separators',
    body: ['年初预算数1,200,000.00元，全年执行数1,186,500.00元。'],
    facts: { 'budget.initial': '120', 'budget.executed': '118.65' },
  },
  {
    wording: 'amounts in 亿元',
    body: ['全年预算数1.25亿元，全年执行数1.2亿元。'],
    facts: { 'budget.adjusted': '12500', 'budget.executed': '12000' },
  },
  {
    wording: 'full-width digits, point and percent',
    body: ['全年预算数１５０万元，全年执行数１４８．５万元，预算执行率９９％。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5', 'budget.executionRate': '99' },
  },
  {
    wording: 'spaces around the figure',
    body: ['全年预算数为 150.00 万元，全年执行数为 148.50 万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'two labels sharing one amount (均为)',
    body: ['年初预算与调整后预算均为60万元，全年执行数58.8万元。'],
    facts: { 'budget.initial': '60', 'budget.adjusted': '60', 'budget.executed': '58.8' },
  },
  {
    wording: 'labels listed, amounts after 分别为',
    body: ['年初预算数、全年预算数和全年执行数分别为40万元、45万元、44.1万元。'],
    facts: { 'budget.initial': '40', 'budget.adjusted': '45', 'budget.executed': '44.1' },
  },
  {
    wording: 'two labels joined by 与, amounts after 分别为 joined by 和',
    body: ['全年预算数与执行数分别为45万元和44.1万元。'],
    facts: { 'budget.adjusted': '45', 'budget.executed': '44.1' },
  },
  {
    wording: 'a bracketed part after the amount (含上年结转)',
    body: ['年初预算数120万元（含上年结转资金10万元），全年执行数115万元。'],
    facts: { 'budget.initial': '120', 'budget.executed': '115' },
  },
  {
    wording: 'a count between the label and its amount (批复预算3个项目200万元)',
    body: ['年初批复预算3个项目200万元，调整预算后项目预算180万元，实际支出171万元。'],
    facts: { 'budget.initial': '200', 'budget.adjusted': '180', 'budget.executed': '171' },
  },
  {
    wording: 'bare 支付 after the allocation',
    body: ['项目资金执行情况：财政安排预算资金16万元，支付16万元。'],
    facts: { 'budget.initial': '16', 'budget.executed': '16' },
  },
  {
    wording: 'money of a 部门整体 report: 决算支出数',
    title: DEPARTMENT_TITLE,
    body: ['本单位年初预算数为320万元，调整预算数为335.5万元，部门决算支出数为330.2万元，预算执行率98.42%。'],
    facts: { 'budget.initial': '320', 'budget.adjusted': '335.5', 'budget.executed': '330.2', 'budget.executionRate': '98.42' },
  },
  {
    wording: '项目资金支出 as the executed amount',
    body: ['全年预算数150万元，全年项目资金支出148万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148' },
  },
  {
    wording: 'a date range run into the label (…至12月31日累计支出)',
    body: ['全年预算数150万元，2023年1月1日至12月31日累计支出148.5万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'a currency sign before the figure',
    body: ['全年预算数￥1,500,000.00元，全年执行数￥1,485,000.00元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: '万 alone as the unit before a comma',
    body: ['全年预算数150万，全年执行数148.5万，执行率99%。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: '预算批复数 as the initial budget',
    title: DEPARTMENT_TITLE,
    body: ['2023年部门预算批复数为320万元，调整后预算数为335.5万元，全年执行数为330.2万元。'],
    facts: { 'budget.initial': '320', 'budget.adjusted': '335.5', 'budget.executed': '330.2' },
  },
  {
    wording: 'a note in brackets after the label (全年预算数（调整后）)',
    body: ['年初预算数（含上年结转）120万元，全年预算数（调整后）150万元，全年执行数（不含结转）148.5万元。'],
    facts: { 'budget.initial': '120', 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'near miss: 追加 and 调减 amounts are no adjusted budget',
    body: ['年初预算100万元，年中追加30万元，调减10万元，调整后预算120万元，全年执行118万元。'],
    facts: { 'budget.initial': '100', 'budget.adjusted': '120', 'budget.executed': '118' },
  },
  {
    wording: 'near miss: 结余 is no executed amount',
    body: ['全年预算数60万元，结余1.5万元，全年执行数58.5万元。'],
    facts: { 'budget.adjusted': '60', 'budget.executed': '58.5' },
  },
  {
    wording: 'near miss: the 上年 figures before this year’s',
    body: ['上年全年执行数为130万元，本年全年预算数为150万元，全年执行数为148.5万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'near miss: a sentence opened by 上年度 lists last year’s figures in every clause',
    body: ['上年度全年预算数为140万元，全年执行数为130万元，预算执行率为92.86%。', '本年全年预算数为150万元，全年执行数为148.5万元，预算执行率为99%。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5', 'budget.executionRate': '99' },
  },
  {
    wording: 'near miss: another year’s figures before the report year’s',
    body: ['2022年全年执行数为130万元。2023年全年预算数为150万元，全年执行数为148.5万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'near miss: 项目总投资 is no budget figure',
    body: ['项目总投资500万元，本年度年初预算数150万元，全年执行数149万元。'],
    facts: { 'budget.initial': '150', 'budget.executed': '149' },
  },
  {
    wording: 'amounts in Chinese capital numerals (壹佰贰拾万元, 人民币…元整)',
    body: ['年初预算数壹佰贰拾万元，全年预算数为人民币壹佰伍拾万元整，全年执行数壹佰肆拾捌万伍仟元整。'],
    facts: { 'budget.initial': '120', 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'a capital-numeral amount with 零, 角 and 分',
    body: ['全年预算数贰拾万零叁佰元，全年执行数壹拾玖万捌仟陆佰伍拾元伍角。'],
    facts: { 'budget.adjusted': '20.03', 'budget.executed': '19.86505' },
  },
  {
    wording: 'near miss: the capital numerals repeating a figure in brackets (大写) give no second figure',
    body: ['全年预算数150万元（大写：壹佰伍拾万元整），全年执行数148.5万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'near miss: capital numerals that are no well-formed number stay unread',
    body: ['全年预算数壹贰万元，全年执行数148.5万元。'],
    facts: { 'budget.adjusted': null, 'budget.executed': '148.5' },
  },
  {
    wording: 'the amount before its label (下达…120万元的年初预算)',
    body: ['县财政下达该项目120万元的年初预算，年中调整为150万元的全年预算，全年执行148.5万元。'],
    facts: { 'budget.initial': '120', 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'near miss: an amount followed by 用于 or 的 and no figure label is no figure',
    body: ['年初预算安排资金80万元用于设备购置，其余40万元的资金用于培训。', '全年执行数119万元。'],
    facts: { 'budget.initial': '80', 'budget.adjusted': null, 'budget.executed': '119' },
  },
  {
    wording: 'the meaning in the label’s bracketed note (预算数（年初） / 预算数（调整后） / 执行数（决算）)',
    body: ['预算数（年初）120万元，预算数（调整后）150万元，执行数（决算）148.5万元。'],
    facts: { 'budget.initial': '120', 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'the bracketed note 调整前 makes the budget the initial one',
    body: ['预算数（调整前）120万元，预算数（调整后）150万元，执行数148.5万元。'],
    facts: { 'budget.initial': '120', 'budget.adjusted': '150' },
  },
  {
    wording: 'near miss: another year’s figure in a report that never dates its own (the undated figure wins)',
    body: ['2022年全年执行数为130万元。', '本项目全年预算数为150万元，全年执行数为148.5万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'figures dated only with the year before the title’s (a title dated by publication) are read',
    title: '青禾县农业技术推广站2024年耕地质量提升项目支出绩效自评报告',
    body: ['2023年全年预算数为150万元，全年执行数为148.5万元。'],
    facts: { 'budget.adjusted': '150', 'budget.executed': '148.5' },
  },
  {
    wording: 'the adjusted budget as 预算调整为 / 预算调整至',
    body: ['项目年初预算为40万元，年中预算调整至45万元，年末支出44.1万元。', '（全年预算调整为45万元。）'],
    facts: { 'budget.initial': '40', 'budget.adjusted': '45', 'budget.executed': '44.1' },
  },
  {
    wording: 'the adjusted budget as 资金调整为 after the initial one',
    body: ['年初预算安排60万元，年中项目资金调整为55万元，全年支出54.5万元。'],
    facts: { 'budget.initial': '60', 'budget.adjusted': '55', 'budget.executed': '54.5' },
  },
  {
    wording: 'near miss: 预算调整 with an amount and no 为 / 至 is a change, not the adjusted budget',
    body: ['年初预算数60万元，年中预算调整5万元，全年执行数64.5万元。'],
    facts: { 'budget.initial': '60', 'budget.adjusted': null, 'budget.executed': '64.5' },
  },
  {
    wording: 'the initial budget as 年初计划安排',
    body: ['年初计划安排资金40万元，全年支出39.6万元。'],
    facts: { 'budget.initial': '40', 'budget.executed': '39.6' },
  },
  {
    wording: 'the executed amount as 经费支出 and 累计完成支出',
    body: ['年初预算数30万元，经费支出29.4万元。', '（截至年底累计完成支出29.4万元。）'],
    facts: { 'budget.initial': '30', 'budget.executed': '29.4' },
  },
  {
    wording: 'the executed amount as 全年累计完成支出 after an itemised source',
    body: ['项目总投入40万元，其中财政资金40万元，全年累计完成支出39.2万元。'],
    facts: { 'budget.executed': '39.2' },
  },
  {
    wording: 'near miss: a change against the initial budget (比/较年初预算增加) is no initial budget',
    body: ['全年预算数45万元，比年初预算增加5万元，全年执行数44万元。', '（较年初预算数减少的部分已调出。）'],
    facts: { 'budget.initial': null, 'budget.adjusted': '45', 'budget.executed': '44' },
  },
  {
    wording: 'near miss: a change against last year’s execution (较上年执行数增长) is no executed amount',
    body: ['全年预算数45万元，执行数较上年增长4万元，全年执行数44万元。'],
    facts: { 'budget.adjusted': '45', 'budget.executed': '44' },
  },
  {
    wording: 'the allocation naming the unit and work between 安排 and 经费 (县财政…安排…补助经费)',
    body: ['县财政2023年度安排县农业技术推广站耕地质量提升工作补助经费60万元，主要用于土壤检测。全年支出59.5万元。'],
    facts: { 'budget.initial': '60', 'budget.executed': '59.5' },
  },
  {
    wording: 'near miss: 安排 … 用于 with an amount after 用于 is no allocation of the whole',
    body: ['年初预算数60万元，安排其中12万元用于土壤检测经费。'],
    facts: { 'budget.initial': '60' },
  },
  // reports-23: amounts in ordinary Chinese numerals, a decimal point written 、 or ，, a doubled unit.
  {
    wording: 'amounts in ordinary Chinese numerals (一百二十万元, 一百一十八点五万元)',
    body: ['该项目年初预算数为一百二十万元，全年执行数为一百一十八点五万元。'],
    facts: { 'budget.initial': '120', 'budget.executed': '118.5' },
  },
  {
    wording: 'ordinary numerals with 万 inside the number and 元 after it (八十六万四千元), 亿 and 千万 (一亿二千万元)',
    body: ['年初预算安排八十六万四千元，调整后预算为一亿二千万元。'],
    facts: { 'budget.initial': '86.4', 'budget.adjusted': '12000' },
  },
  {
    wording: 'near miss: approximate numerals (数十万元, 二十余万元, 两三万元) are no amount',
    body: ['全年预算数为80万元，其中数十万元用于设备购置，二十余万元用于培训，两三万元用于宣传。'],
    facts: { 'budget.adjusted': '80', 'budget.executed': null },
  },
  {
    wording: 'a decimal point written 、 before two digits opening with 0 (167、05万元)',
    body: ['全年预算数为167、05万元，全年执行数为160万元。'],
    facts: { 'budget.adjusted': '167.05', 'budget.executed': '160' },
  },
  {
    wording: 'a decimal point written 、 or ， in a clause of one label and one figure (98、50万元, 96，20万元)',
    body: ['全年预算数为98、50万元，全年执行数为96，20万元，预算执行率为97.66%。'],
    facts: { 'budget.adjusted': '98.5', 'budget.executed': '96.2', 'budget.executionRate': '97.66' },
  },
  {
    wording: 'near miss: 、 between the amounts of a list (分别为40、45万元) stays a list',
    body: ['年初预算数、全年预算数分别为40、45万元，全年执行数为44.1万元。'],
    facts: { 'budget.initial': '40', 'budget.adjusted': '45', 'budget.executed': '44.1' },
  },
  {
    wording: 'a unit written twice (11.96万元万元)',
    body: ['全年预算数为11.96万元万元，全年执行数为11.96万元。'],
    facts: { 'budget.adjusted': '11.96', 'budget.executed': '11.96' },
  },
  {
    wording: 'a report over several years: the cumulative figures (累计安排 / 累计支出, 亿元), not the year inside them (其中2023年…)',
    title: '青禾县水利局2021-2023年度河道治理项目绩效评价报告',
    body: ['2021年至2023年，项目累计安排资金1.26亿元，累计支出1.18亿元，资金执行率93.65%。其中2023年预算数4200万元，执行数3980万元。'],
    facts: {
      'budget.adjusted': '12600',
      'budget.executed': '11800',
      'budget.executionRate': '93.65',
      'finding[stated-rate-mismatch]': null,
    },
  },
  {
    wording: 'a 部门整体 report’s 决算 收入 with one part after 其中 (no breakdown) and 支出 with 人员经费 / 公用经费 / 项目支出',
    title: '青禾县文化馆2023年度部门整体支出绩效评价报告',
    body: [
      '2023年部门决算收支完成情况。',
      '1、收入：512.40万元。其中：财政拨款收入500.10万元。',
      '2、支出：508.66万元。其中：人员经费支出310.20万元，公用经费支出60.46万元，项目支出138万元。',
    ],
    facts: {
      'budget.executed': '508.66',
      // 基本支出 is not stated: its two parts give it, with a notice (reports-24, the lead's leftover).
      'budget.byNature.basic': '370.66',
      'finding[report-basic-from-parts]': 'yes',
      'budget.byNature.project': '138',
      'finding[budget-sum-mismatch]': null,
    },
  },
  {
    wording: '全年可用资金 as the year’s budget',
    body: ['全年可用资金80万元，全年执行数78万元，预算执行率97.5%。'],
    facts: { 'budget.adjusted': '80', 'budget.executed': '78', 'budget.executionRate': '97.5' },
  },
  {
    wording: 'a table inside the report: figure headings only and one row of values (no 合计), its 执行率',
    title: DEPARTMENT_TITLE,
    body: ['（一）预算执行情况', '年初预算数\t全年预算数\t全年执行数\t执行率', '820.00\t856.30\t842.15\t98.35%', '综合自评得分93.5分。'],
    facts: { 'budget.initial': '820', 'budget.adjusted': '856.3', 'budget.executed': '842.15', 'budget.executionRate': '98.35' },
  },
  {
    wording: 'a pipe table inside the report in 元 (单位：元 above it)',
    body: ['资金情况（单位：元）', '| 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |', '| 750000.00 | 800000.00 | 780000.00 | 97.50% |'],
    facts: { 'budget.initial': '75', 'budget.adjusted': '80', 'budget.executed': '78', 'budget.executionRate': '97.5' },
  },
  {
    wording: 'a capital project: 估算投资 (no budget figure), the allocation through a channel (通过…安排资金), the works paid (已拨付工程款)',
    body: ['北环路改造工程项目估算投资3156.2万元，区财政通过抗疫特别国债安排资金860万元。', '该项目已拨付工程款812.4万元，剩余工程款待结算后支付。'],
    facts: { 'budget.initial': '860', 'budget.adjusted': null, 'budget.executed': '812.4' },
  },
  {
    wording: 'near miss: funds a finance bureau passed on (拨付资金) are no execution',
    body: ['年初预算安排资金60万元，财政已拨付资金60万元，实际支出57.5万元。'],
    facts: { 'budget.initial': '60', 'budget.executed': '57.5' },
  },
  {
    wording: 'a Sichuan 部门整体 report’s 部门财政资金收支情况: 本年财政资金支出合计 the spending, its 收入合计 no figure',
    title: DEPARTMENT_TITLE,
    body: [
      '2023年本年财政资金收入合计640.5万元，其中：基本支出财政拨款收入410.2万元，占64.04%；项目支出财政拨款收入230.3万元，占35.96%。',
      '2023年本年财政资金支出合计628.7万元，其中：基本支出410.2万元，占65.25%；项目支出218.5万元，占34.75%。',
    ],
    facts: { 'budget.executed': '628.7', 'budget.initial': null, 'budget.adjusted': null, 'budget.byNature.basic': '410.2', 'budget.byNature.project': '218.5' },
  },
  {
    wording: 'near miss: the sentence’s rate before a table’s',
    body: ['全年预算数80万元，全年执行数78万元，预算执行率97.5%。', '年初预算数\t全年预算数\t全年执行数\t执行率', '75\t80\t78\t97.50%'],
    facts: { 'budget.executionRate': '97.5', 'budget.initial': '75' },
  },
];

const rateRows: WordingRow[] = [
  {
    wording: 'rate with 达到了',
    body: ['全年预算数80万元，全年执行数79.36万元，预算执行率达到了99.2%。'],
    facts: { 'budget.executionRate': '99.2' },
  },
  {
    wording: 'rate written 百分之百',
    body: ['全年预算数80万元，全年执行数80万元，预算执行率为百分之百。'],
    facts: { 'budget.executionRate': '100' },
  },
  {
    wording: 'rate written 百分之 with Chinese numerals',
    body: ['全年预算数80万元，全年执行数78.8万元，预算执行率为百分之九十八点五。'],
    facts: { 'budget.executionRate': '98.5' },
  },
  {
    wording: 'rate written 百分之 with digits',
    body: ['全年预算数80万元，全年执行数78.8万元，预算执行率为百分之98.5。'],
    facts: { 'budget.executionRate': '98.5' },
  },
  {
    wording: 'rate with its formula in words in brackets',
    body: ['全年预算数100万元，全年执行数97万元，预算执行率（全年执行数÷全年预算数）为97%。'],
    facts: { 'budget.executionRate': '97' },
  },
  {
    wording: 'rate after its formula and an equals sign',
    body: ['全年预算数150万元，全年执行数148.5万元，预算执行率=全年执行数÷全年预算数×100%=99%。'],
    facts: { 'budget.executionRate': '99' },
  },
  {
    wording: 'rate after an equals sign',
    body: ['全年预算数150万元，全年执行数148.5万元，预算执行率=99%。'],
    facts: { 'budget.executionRate': '99' },
  },
  {
    wording: 'rate as 预算完成率',
    body: ['全年预算数100万元，全年执行数97万元，预算完成率为97%。'],
    facts: { 'budget.executionRate': '97' },
  },
  {
    wording: 'near miss: the 上年 rate before this year’s',
    body: ['上年预算执行率为91%，本年全年预算数100万元，全年执行数97.5万元，预算执行率为97.5%。'],
    facts: { 'budget.executionRate': '97.5' },
  },
  {
    wording: 'near miss: another year’s rate before the report year’s',
    body: ['2022年度预算执行率为88%。', '2023年度全年预算数100万元，全年执行数96万元，预算执行率为96%。'],
    facts: { 'budget.executionRate': '96' },
  },
  {
    wording: 'near miss: a target rate (达到95%以上) before the real one',
    body: ['绩效目标要求预算执行率达到95%以上。全年预算数100万元，全年执行数98.6万元，实际预算执行率为98.6%。'],
    facts: { 'budget.executionRate': '98.6' },
  },
  {
    wording: 'near miss: 资金到位率 and 序时进度 are no execution rate',
    body: ['资金到位率100%，全年预算数100万元，全年执行数92万元。'],
    facts: { 'budget.executionRate': null },
  },
  {
    wording: 'near miss: another year’s rate in a report that never dates its own figures',
    body: ['2022年度预算执行率为88%。', '本项目全年预算数100万元，全年执行数96万元，预算执行率为96%。'],
    facts: { 'budget.executionRate': '96' },
  },
];

const scoreRows: WordingRow[] = [
  {
    wording: 'score with 分: 自评得分为…分',
    body: ['经自评，本项目自评得分为92.5分，自评等级为“优”。'],
    facts: { 'totals.score': '92.5', 'totals.grade': '优' },
  },
  {
    wording: 'score without 分 before a comma',
    body: ['经自评，本项目综合得分92.5，评价等级为优。'],
    facts: { 'totals.score': '92.5', 'totals.grade': '优' },
  },
  {
    wording: 'score without 分 at the sentence end',
    body: ['本项目绩效自评得分为88.75。自评等级为良。'],
    facts: { 'totals.score': '88.75', 'totals.grade': '良' },
  },
  {
    wording: 'score as 自评分为',
    body: ['对项目的资金投入和使用情况进行了评价，自评分为100分。'],
    facts: { 'totals.score': '100' },
  },
  {
    wording: 'score after 经自评，该项目得分',
    body: ['经自评，该项目得分88分，等级为良。'],
    facts: { 'totals.score': '88', 'totals.grade': '良' },
  },
  {
    wording: 'score with a bracketed note after its label',
    body: ['本项目自评得分（百分制）为90.5分，评价等次为优秀。'],
    facts: { 'totals.score': '90.5', 'totals.grade': '优' },
  },
  {
    wording: 'score as 评价总分',
    body: ['经综合评价，评价总分为87分，绩效等级为“良”。'],
    facts: { 'totals.score': '87', 'totals.grade': '良' },
  },
  {
    wording: 'score in full-width digits',
    body: ['本项目自评得分为９４．５分，自评等级为优。'],
    facts: { 'totals.score': '94.5', 'totals.grade': '优' },
  },
  {
    wording: 'near miss: the 一级 scores before the total',
    body: ['其中产出指标得分48分，效益指标得分27分，满意度指标得分9分，自评总分93分。'],
    facts: { 'totals.score': '93' },
  },
  {
    wording: 'near miss: the scale (满分100分) before the score',
    body: ['指标体系满分100分，本项目自评得分85分，等级为良。'],
    facts: { 'totals.score': '85', 'totals.grade': '良' },
  },
  {
    wording: 'near miss: an indicator’s score before the total',
    body: ['“资金使用合规性”指标扣1分，得分4分。', '综上，本项目自评总得分为96分。'],
    facts: { 'totals.score': '96' },
  },
  {
    wording: 'near miss: the 上年 score before this year’s',
    body: ['上年度自评得分88分，本年度自评得分95分，自评等级为优。'],
    facts: { 'totals.score': '95', 'totals.grade': '优' },
  },
  {
    wording: 'near miss: another year’s score and grade before the report year’s',
    body: ['2022年度全年执行数为130万元，2022年度自评得分为88分，等级为良。', '2023年度全年执行数为148.5万元，自评得分为95分，自评等级为优。'],
    facts: { 'totals.score': '95', 'totals.grade': '优' },
  },
  {
    wording: 'near miss: the scoring rule’s thresholds before the score',
    body: ['评价标准：综合评分90分以上为优，80-89分为良。', '本项目综合评分为86分，评价等级为良。'],
    facts: { 'totals.score': '86', 'totals.grade': '良' },
  },
  {
    wording: 'near miss: 得分率 is no score',
    body: ['满意度调查得分率为95%。'],
    facts: { 'totals.score': null },
  },
  {
    wording: 'score in Chinese numerals: 自评得分为九十二分',
    body: ['经自评，本项目自评得分为九十二分，自评等级为优。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'score in Chinese numerals with 点: 得分九十五点五分',
    body: ['经自评，该项目得分九十五点五分。'],
    facts: { 'totals.score': '95.5' },
  },
  {
    wording: 'score in Chinese numerals: 一百分',
    body: ['本项目综合得分为一百分。'],
    facts: { 'totals.score': '100' },
  },
  {
    wording: 'near miss: the scale in Chinese numerals (满分一百分) and an ill-formed numeral',
    body: ['指标体系满分一百分。', '本项目自评得分为八八分。'],
    facts: { 'totals.score': null },
  },
  {
    wording: 'near miss: another year’s score in a report that never dates its own figures',
    body: ['2022年度自评得分为88分，等级为良。', '本项目自评得分为95分，自评等级为优。'],
    facts: { 'totals.score': '95', 'totals.grade': '优' },
  },
  {
    wording: 'score as 最终评分 and grade before 档次',
    body: ['本项目最终评分92分，属于优秀档次。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'score as 评分结果为, grade after a bare 等级评定为',
    body: ['本项目评分结果为86分，等级评定为良。'],
    facts: { 'totals.score': '86', 'totals.grade': '良' },
  },
  {
    wording: 'score as 自评打分, grade as 评定结果为',
    body: ['按照评分标准，项目自评打分92分，评定结果为优秀。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'score and grade after 自评结果： (得分…分，等级…)',
    body: ['自评结果：得分78分，等级中。'],
    facts: { 'totals.score': '78', 'totals.grade': '中' },
  },
  {
    wording: 'near miss: an indicator’s 评分结果 and a 指标打分 are no total',
    body: ['“群众满意度”指标评分结果为9分，“资金到位率”指标打分5分。'],
    facts: { 'totals.score': null },
  },
  {
    wording: 'score as 自评结果为…分',
    body: ['经自评，本项目自评结果为92分，等级为优。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'score as 自评得…分',
    body: ['项目自评得92分。'],
    facts: { 'totals.score': '92' },
  },
  {
    wording: 'score as 自评…分 straight after the verb',
    body: ['本项目自评88.5分，等级为良好。'],
    facts: { 'totals.score': '88.5', 'totals.grade': '良' },
  },
  {
    wording: 'near miss: 自评 before a count or a year is no score',
    body: ['本单位共自评3个项目，2023年度自评工作按时完成。'],
    facts: { 'totals.score': null },
  },
  {
    wording: 'score after the grade with a bare 得分 (自评等级为“优”，得分92分)',
    body: ['项目绩效自评等级为“优”，得分92分。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'near miss: a part’s 得分 after the grade (其中产出指标得分) is no total',
    body: ['项目绩效自评等级为优，其中产出指标得分48分。'],
    facts: { 'totals.score': null, 'totals.grade': '优' },
  },
  {
    wording: 'score as a bare (实际)得分 right after the scale (满分100分，实际得分92分)',
    body: ['按照评分标准逐项打分，项目满分100分，实际得分92分，等级为优。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'near miss: an indicator’s scale and 得分 (满分10分，得分8分) is no total',
    body: ['“培训人次”指标满分10分，得分8分。'],
    facts: { 'totals.score': null },
  },
  // reports-23: a score wrapped after its label, with a space before 分.
  {
    wording: 'a score wrapped onto the next line after its label (自评得分 / 90 分)',
    body: ['按照评分标准，本项目自评得分', '90 分，等级为优。'],
    facts: { 'totals.score': '90' },
  },
];

const gradeRows: WordingRow[] = [
  {
    wording: 'grade after 综合评定等级为 in a sentence without a score',
    body: ['自评得分91分。', '综合评定等级为“优”。'],
    facts: { 'totals.score': '91', 'totals.grade': '优' },
  },
  {
    wording: 'grade as 评价结果为“优秀”',
    body: ['本项目自评得分93分，评价结果为“优秀”。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade on a conclusion line: 自评结论：良好',
    body: ['自评结论：良好。'],
    facts: { 'totals.grade': '良' },
  },
  {
    wording: 'grade before 等级: 属于“良”等级',
    body: ['本项目得分合计84分，属于“良”等级。'],
    facts: { 'totals.score': '84', 'totals.grade': '良' },
  },
  {
    wording: 'grade in single quotes',
    body: ['本项目自评得分95分，自评等级为‘优’。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade in square brackets',
    body: ['本项目自评得分95分，自评等级为【优】。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade 中 and 差',
    body: ['本项目自评得分72分，绩效等级为“中”。'],
    facts: { 'totals.score': '72', 'totals.grade': '中' },
  },
  {
    wording: 'grade before 等次 without a score: 评为“差”等次',
    body: ['项目未按期实施，评为“差”等次。'],
    facts: { 'totals.grade': '差' },
  },
  {
    wording: 'grade after a bare 评级',
    body: ['本项目自评得分95分，评级为“优”。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade on the line after the score (自评得分：… / 等级：…)',
    body: ['自评得分：95分', '等级：优秀'],
    facts: { 'totals.score': '95', 'totals.grade': '优' },
  },
  {
    wording: 'near miss: the 上年 grade before this year’s',
    body: ['上年评价等级为良。', '本年度自评得分92分，自评等级为优。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade before 等级 after the score: 为“优”等级',
    body: ['本项目自评得分96分，为“优”等级。'],
    facts: { 'totals.score': '96', 'totals.grade': '优' },
  },
  {
    wording: 'grade after 评价结果等级为 in a sentence without a score',
    body: ['本项目绩效评价结果等级为“优”。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade as 评价结论：优',
    body: ['评价结论：优。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'grade after 综合评定为 without 等级',
    body: ['经对照评分标准逐项打分，本项目综合评定为“良好”。'],
    facts: { 'totals.grade': '良' },
  },
  {
    wording: 'near miss: a satisfaction survey’s result before the grade',
    body: ['服务对象满意度评价结果为“良好”。', '本项目自评得分95分，自评等级为“优”。'],
    facts: { 'totals.grade': '优' },
  },
  {
    wording: 'near miss: the grade scale before the grade',
    body: ['评价等级分为优、良、中、差四档。', '本项目自评得分84分，自评等级为良。'],
    facts: { 'totals.grade': '良' },
  },
  {
    wording: 'a letter grade with its grade word in brackets: 评价等级为A级（优秀）',
    body: ['本项目自评得分93分，评价等级为A级（优秀）。'],
    facts: { 'totals.score': '93', 'totals.grade': '优' },
  },
  {
    wording: 'a letter grade with its grade word on a conclusion line: 等级：B（良）',
    body: ['自评得分：84分', '等级：B（良）'],
    facts: { 'totals.score': '84', 'totals.grade': '良' },
  },
  {
    wording: 'near miss: a bare letter grade names no grade of the model (the region’s scale is not stated)',
    body: ['本项目自评得分93分，评价等级为A级。'],
    facts: { 'totals.score': '93', 'totals.grade': null },
  },
  {
    wording: 'grade in ASCII single quotes',
    body: ['本项目评价得分92.00分，评价等级\'优\'。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'grade after 为： (verb and colon)',
    body: ['本项目自评得分为：92分，自评等级为：优秀。'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'score and grade as label–value pairs on one table row between pipes',
    body: ['| 自评得分 | 92 | 自评等级 | 优 |'],
    facts: { 'totals.score': '92', 'totals.grade': '优' },
  },
  {
    wording: 'score and grade under their column headings (a heading row, then a value row)',
    body: ['项目名称\t综合得分\t评价等级', '耕地质量提升项目\t86.5\t良'],
    facts: { 'totals.score': '86.5', 'totals.grade': '良' },
  },
  {
    wording: 'near miss: a score column over a row of another measure (满分) is read by its own column only',
    body: ['指标\t满分\t自评得分', '合计\t100\t94'],
    facts: { 'totals.score': '94' },
  },
  {
    wording: 'the grade after 被评为 closing the score’s sentence, no 等级 after it',
    body: ['全年预算数80万元，全年执行数78万元。经自评，本项目自评得分82分，被评为良好。'],
    facts: { 'totals.score': '82', 'totals.grade': '良' },
  },
  {
    wording: 'near miss: 被评为优秀 in a sentence with no score (an award) is no grade',
    body: ['本站2023年被评为优秀。', '全年预算数80万元，全年执行数78万元。'],
    facts: { 'totals.grade': null },
  },
];

const headerRows: WordingRow[] = [
  {
    wording: 'unit, year and project from the title',
    body: ['项目资金主要用于耕地土壤改良。'],
    facts: { unit: '青禾县农业技术推广站', year: '2023', project: '耕地质量提升' },
  },
  {
    wording: 'labelled head lines: 项目名称 / 主管部门 / 实施单位',
    title: '2023年度项目支出绩效自评报告',
    body: ['项目名称：乡村文化站设备购置项目', '主管部门：青禾县文化旅游局', '实施单位：青禾县文化馆'],
    facts: { unit: '青禾县文化馆', supervisor: '青禾县文化旅游局', project: '乡村文化站设备购置', year: '2023' },
  },
  {
    wording: 'supervisor and unit in one sentence (主管部门为…，实施单位为…)',
    title: '2023年度河道清淤项目支出绩效自评报告',
    body: ['河道清淤项目的主管部门为青禾县水利局，实施单位为青禾县河道管理所。'],
    facts: { unit: '青禾县河道管理所', supervisor: '青禾县水利局', project: '河道清淤' },
  },
  {
    wording: 'labelled pairs on one line separated by semicolons',
    title: '2023年度项目支出绩效自评报告',
    body: ['项目名称：村级道路养护项目；主管部门：青禾县交通运输局；实施单位：青禾县公路养护中心。'],
    facts: { unit: '青禾县公路养护中心', supervisor: '青禾县交通运输局', project: '村级道路养护' },
  },
  {
    wording: 'unit with (盖章) after its label',
    title: '2023年度项目支出绩效自评报告',
    body: ['项目名称：村级道路养护项目', '实施单位（盖章）：青禾县公路养护中心'],
    facts: { unit: '青禾县公路养护中心', project: '村级道路养护' },
  },
  {
    wording: 'the year under a label when the title has none (评价年度：)',
    title: '青禾县档案馆部门整体支出绩效自评报告',
    body: ['评价年度：2023年度', '本单位全年预算数为210万元。'],
    facts: { unit: '青禾县档案馆', year: '2023' },
  },
  {
    wording: 'unit named as 由…负责实施 when no label or title names it',
    title: '2023年度项目支出绩效自评报告',
    body: ['项目名称：农村饮水工程维修养护项目', '该项目由青禾县农村供水管理站负责实施。'],
    facts: { unit: '青禾县农村供水管理站', project: '农村饮水工程维修养护' },
  },
  {
    wording: 'department report: unit before the year in the title',
    title: DEPARTMENT_TITLE,
    body: ['本单位年初预算数为320万元。'],
    facts: { unit: '青禾县文化馆', year: '2023', scope: 'department' },
  },
  {
    wording: 'department report: the unit under 项目单位： on a cover whose title names none',
    title: '部门整体支出绩效评价报告',
    body: [
      '项目名称：部门整体支出绩效评价报告',
      '项目单位：青禾县档案馆',
      '主管部门：青禾县委办公室',
      '根据县财政局的通知要求，我馆对2023年度部门整体支出绩效进行了全面综合评价。',
    ],
    facts: { unit: '青禾县档案馆', supervisor: '青禾县委办公室', year: '2023', scope: 'department', project: null },
  },
  {
    wording: 'department report: the unit alone above the title repeated after the cover',
    title: '部门整体支出绩效评价报告',
    body: ['2024年3月5日', '青禾县档案馆', '部门整体支出绩效评价报告', '我馆对2023年度部门整体支出绩效进行了全面综合评价。'],
    facts: { unit: '青禾县档案馆', year: '2023', scope: 'department' },
  },
  {
    wording: 'title opening with the year, then unit and project',
    title: '2023年度青禾县农业技术推广站耕地质量提升项目支出绩效自评报告',
    body: ['本项目年初预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升', year: '2023' },
  },
  {
    wording: 'near miss: a year-first title whose project names a unit-like word but no region keeps it whole',
    title: '2023年度农村公路养护中心建设项目绩效评价报告',
    body: ['项目单位：青禾县交通运输局', '本项目年初预算数40万元。'],
    facts: { unit: '青禾县交通运输局', project: '农村公路养护中心建设' },
  },
  {
    wording: 'title with its year in brackets at the end (project report)',
    title: '青禾县农业技术推广站耕地质量提升项目绩效自评报告（2023年度）',
    body: ['本项目年初预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升', year: '2023' },
  },
  {
    wording: 'title with its year in brackets at the end (department report)',
    title: '青禾县文化馆部门整体支出绩效自评报告（2023年度）',
    body: ['本单位年初预算数320万元。'],
    facts: { unit: '青禾县文化馆', year: '2023', scope: 'department' },
  },
  {
    wording: 'project named in quotes in the title',
    title: '青禾县农业技术推广站2023年度“耕地质量提升”项目绩效自评报告',
    body: ['本项目年初预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升' },
  },
  {
    wording: 'project named in brackets after the title',
    title: '青禾县农业技术推广站2023年度项目支出绩效自评报告（耕地质量提升项目）',
    body: ['本项目年初预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升', year: '2023' },
  },
  {
    wording: 'a generic title (财政资金项目…) names no unit; the project in 对…项目的支出情况进行了绩效评价',
    title: '财政资金项目支出绩效自评报告',
    body: ['根据县财政局通知要求，我中心对2023年度县级财政资金农机推广专项费项目的支出情况进行了绩效评价。', '全年预算数40万元。'],
    facts: { unit: null, project: '农机推广专项费', year: '2023' },
  },
  {
    wording: 'project in 对…项目开展了绩效自评 under a title naming none',
    title: '青禾县农业技术推广站2023年度项目支出绩效自评报告',
    body: ['根据要求，我站对耕地质量提升项目开展了绩效自评。', '全年预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升' },
  },
  {
    wording: 'near miss: 对本项目 / 对该项目 names no project',
    title: '青禾县农业技术推广站2023年度项目支出绩效自评报告',
    body: ['我站对本项目开展了绩效自评。', '全年预算数40万元。'],
    facts: { project: null },
  },
  {
    wording: 'project under 评价对象： on a cover',
    title: '2023年度项目支出绩效评价报告',
    body: ['评价对象：耕地质量提升项目', '项目单位：青禾县农业技术推广站', '全年预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升' },
  },
  {
    wording: 'unit under a bare 单位： label',
    title: '2023年度部门整体支出绩效自评报告',
    body: ['单位：青禾县文化馆', '全年预算数320万元。'],
    facts: { unit: '青禾县文化馆', scope: 'department' },
  },
  {
    wording: 'near miss: 单位：万元 (the amounts’ unit) names no unit',
    title: '2023年度部门整体支出绩效自评报告',
    body: ['单位：万元', '全年预算数320万元。'],
    facts: { unit: null },
  },
  // reports-23: 评价单位 in a project report, the unit only where evidently the unit.
  {
    wording: '评价单位 of a project self-evaluation (自评) naming a unit',
    title: '2023年度耕地质量提升项目支出绩效自评报告',
    body: ['评价单位：青禾县农业技术推广站', '全年预算数40万元。'],
    facts: { unit: '青禾县农业技术推广站', project: '耕地质量提升' },
  },
  {
    wording: 'near miss: 评价单位 of a project evaluation naming a firm is no unit',
    title: '2023年度耕地质量提升项目支出绩效评价报告',
    body: ['评价单位：青禾明信会计师事务所有限公司', '全年预算数40万元。'],
    facts: { unit: null, project: '耕地质量提升' },
  },
  {
    wording: 'near miss: 评价单位 of a project evaluation (not 自评) naming a finance bureau is no unit',
    title: '2023年度耕地质量提升项目支出绩效评价报告',
    body: ['评价单位：青禾县财政局', '全年预算数40万元。'],
    facts: { unit: null },
  },
  {
    wording: '评价单位 beside the unit’s own label: the labelled unit wins',
    title: '2023年度耕地质量提升项目支出绩效评价报告',
    body: ['实施单位：青禾县农业技术推广站', '评价单位：青禾明信会计师事务所有限公司'],
    facts: { unit: '青禾县农业技术推广站' },
  },
  {
    wording: 'a title over a range of years (2021-2023年度): the unit before the range',
    title: '青禾县水利局2021-2023年度河道治理项目绩效评价报告',
    body: ['项目累计安排资金1.26亿元。'],
    facts: { unit: '青禾县水利局', project: '河道治理' },
  },
  {
    wording: 'a title wrapped onto a second line (…项目资金 / 绩效评价报告) under no year, with a report number',
    title: '青禾县乡村振兴服务中心人居环境整治项目资金\n绩效评价报告\n青会评字（2024）第0012号',
    body: ['受青禾县财政局委托，我所成立评价工作组对该项目实施绩效评价。', '项目全年预算数为300万元，全年执行数为288万元。'],
    facts: { unit: '青禾县乡村振兴服务中心', project: '人居环境整治项目资金', 'budget.adjusted': '300' },
  },
  {
    wording: 'near miss: a 部门整体 evaluation’s 评价单位 naming a firm: the unit from the title',
    title: '青禾县文化馆2023年度部门整体支出绩效评价报告',
    body: ['评价单位：青禾明信会计师事务所有限公司', '全年预算数320万元。'],
    facts: { unit: '青禾县文化馆' },
  },
  {
    wording: '被评价单位 beside the firm’s 评价单位 on a 部门整体 evaluation’s cover',
    title: '2023年度部门整体支出绩效评价报告',
    body: ['被评价单位：青禾县文化馆', '评价单位：青禾明信会计师事务所有限公司', '全年预算数320万元。'],
    facts: { unit: '青禾县文化馆' },
  },
  {
    wording: '评价单位 of a 部门整体 self-evaluation naming the unit',
    title: '2023年度部门整体支出绩效自评报告',
    body: ['评价单位：青禾县文化馆', '全年预算数320万元。'],
    facts: { unit: '青禾县文化馆' },
  },
];

const monitoringRows: WordingRow[] = [
  {
    wording: 'monitoring: 截至…日 已支出, 预计全年',
    title: MONITORING_TITLE,
    body: ['项目年初预算安排资金80万元。截至2024年6月30日，项目已支出36.5万元，执行进度为45.63%，预计全年可支出80万元。'],
    facts: { 'monitoring.month': '6', 'budget.initial': '80', 'budget.executedToDate': '36.5', 'budget.forecast': '80' },
  },
  {
    wording: 'monitoring: 1-N月累计执行',
    title: '青禾县水利局2024年1-8月项目支出绩效运行监控报告',
    body: ['项目年初预算安排资金80万元，1-8月累计执行52.3万元，预计全年执行80万元。'],
    facts: { 'monitoring.month': '8', 'budget.initial': '80', 'budget.executedToDate': '52.3', 'budget.forecast': '80' },
  },
  {
    wording: 'monitoring: 上半年 as the window',
    title: '青禾县水利局2024年上半年项目支出绩效运行监控报告',
    body: ['项目年初预算安排资金80万元，上半年已支出36.5万元，预计全年执行80万元。'],
    facts: { 'monitoring.month': '6', 'budget.executedToDate': '36.5', 'budget.forecast': '80' },
  },
  {
    wording: 'monitoring: the window written with a wave dash (1～8月)',
    title: '青禾县水利局2024年1～8月项目支出绩效运行监控报告',
    body: ['项目年初预算安排资金80万元，1～8月累计支出52.3万元，预计全年执行80万元。'],
    facts: { 'monitoring.month': '8', 'budget.executedToDate': '52.3' },
  },
  {
    wording: 'monitoring near miss: 序时进度 is no executed amount',
    title: MONITORING_TITLE,
    body: ['项目年初预算安排资金80万元，按序时进度应支出40万元，截至6月30日实际已支出36.5万元。'],
    facts: { 'budget.executedToDate': '36.5' },
  },
  {
    wording: 'monitoring: amounts in capital numerals',
    title: MONITORING_TITLE,
    body: ['项目年初预算安排资金捌拾万元。截至2024年6月30日，项目已支出叁拾陆万伍仟元，预计全年可支出捌拾万元整。'],
    facts: { 'budget.initial': '80', 'budget.executedToDate': '36.5', 'budget.forecast': '80' },
  },
  {
    wording: 'monitoring: the budget as 项目支出预算 (支出 inside a budget’s label), 1-N月实际支出',
    title: MONITORING_TITLE,
    body: ['本单位项目支出预算40万元，1-6月实际支出12.5万元，预算执行率为31.25%。'],
    facts: { 'budget.initial': '40', 'budget.executedToDate': '12.5' },
  },
  {
    wording: 'monitoring: spent out of the funds received (到位资金中已支出)',
    title: MONITORING_TITLE,
    body: ['项目年初预算安排资金40万元，截至6月30日到位资金中已支出12.5万元。'],
    facts: { 'budget.initial': '40', 'budget.executedToDate': '12.5' },
  },
  {
    wording: 'monitoring: the window as a date range from 1月1日 (…至6月30日)',
    title: '青禾县水利局2024年度项目支出绩效运行监控报告',
    body: ['项目年初预算80万元，2024年1月1日至6月30日累计支出36.5万元。'],
    facts: { 'monitoring.month': '6', 'budget.executedToDate': '36.5' },
  },
  {
    wording: 'monitoring: the window as 前三季度',
    title: '青禾县水利局2024年前三季度项目支出绩效运行监控报告',
    body: ['项目年初预算80万元，前三季度累计支出62.4万元，预计全年执行80万元。'],
    facts: { 'monitoring.month': '9', 'budget.executedToDate': '62.4', 'budget.forecast': '80' },
  },
  {
    wording: 'monitoring near miss: the project’s whole period (1月1日至12月31日) is no window, nor a later quarter',
    title: '青禾县水利局2024年度项目支出绩效运行监控报告',
    body: ['项目实施期限为2024年1月1日至12月31日，剩余资金预计于第四季度支付。', '1-8月累计支出52.3万元。'],
    facts: { 'monitoring.month': '8' },
  },
  {
    wording: 'monitoring: the forecast as 预计到年底能够执行 / 预计至12月底可以支出',
    title: MONITORING_TITLE,
    body: ['2024年预算资金80万元。截至2024年6月30日，已执行36.5万元，预计到年底能够执行80万元。', '（预计至12月底可以支出78万元。）'],
    facts: { 'budget.executedToDate': '36.5', 'budget.forecast': '80' },
  },
  // reports-23: ordinary numerals, a zero amount.
  {
    wording: 'monitoring: amounts in ordinary numerals with 点 (三十五点六万元)',
    title: MONITORING_TITLE,
    body: ['项目年初预算安排资金八十万元。截至2024年6月30日，项目已支出三十五点六万元，预计全年可支出八十万元。'],
    facts: { 'budget.initial': '80', 'budget.executedToDate': '35.6', 'budget.forecast': '80' },
  },
  {
    wording: 'monitoring: nothing executed yet (执行0元，完成率0%)',
    title: MONITORING_TITLE,
    body: ['设备购置经费预算2.9万元，截至6月30日执行0元，完成率0%。'],
    facts: { 'budget.initial': '2.9', 'budget.executedToDate': '0' },
  },
  {
    wording: 'monitoring: the cut-off month in numerals (截至六月底), amounts in numerals',
    title: '青禾县水利局2024年项目支出绩效运行监控报告',
    body: ['项目年初预算八十万元，截至八月底已支出四十二万元。'],
    facts: { 'monitoring.month': '8', 'budget.initial': '80', 'budget.executedToDate': '42' },
  },
  {
    wording: 'monitoring near miss: a forecast rate (预计全年支付率100%) is no stated rate of the figures to date',
    title: '青禾县水利局2024年项目支出绩效运行监控报告',
    body: ['项目年初预算80万元，截至2024年8月底，资金支付42万元，支付进度52.5%，预计全年支付率100%。'],
    facts: { 'budget.executedToDate': '42', 'finding[stated-rate-mismatch]': null },
  },
];

describeWordingRows('report wordings read through the import path', [
  ['budget figures', budgetRows],
  ['execution rate', rateRows],
  ['score', scoreRows],
  ['grade', gradeRows],
  ['unit, project, year', headerRows],
  ['monitoring', monitoringRows],
]);
