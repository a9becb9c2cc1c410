/**
 * Every 指标值 and 实际完成值 written in the four sample documents, with what it must parse to.
 * Texts are copied from ../shared/seeds as extracted (spaces, LaTeX and all).
 */
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test-support/seeds.ts';
import type { IndicatorValue } from '../model.ts';
import { parseIndicatorValue } from './index.ts';

type Seed = '000' | '001' | '002' | '003';
type Expected = Omit<IndicatorValue, 'text'>;
interface Row {
  seed: Seed;
  name?: string;
  text: string;
  expected: Expected;
}

const number = (
  operator: IndicatorValue['operator'],
  value: string,
  unit: string | null,
  direction: IndicatorValue['direction'],
  change: IndicatorValue['change'] = null,
): Expected => ({ operator, value, unit, direction, change, qualitative: null });
const wording = (qualitative: string, change: IndicatorValue['change'] = null): Expected => ({
  operator: null, value: null, unit: null, direction: 'qualitative', change, qualitative,
});

const rows: Row[] = [
  // 000 湘潭县公安局 2023 目标表: values inside sentences, word operators.
  { seed: '000', name: '重点人管控', text: '重点人员在控率达55%以上，其中涉枪爆重点人在控率达80%以上', expected: number('>=', '55', '%', 'higher-better') },
  { seed: '000', name: '50人以上赴省进京的群体性事件', text: '0起', expected: number(null, '0', '起', 'lower-better') },
  { seed: '000', text: '移送起诉涉黑、命案、涉毒、涉枪涉爆、电信网络诈骗、盗抢骗、涉众型经济突出刑事犯罪嫌疑人总数占比达50%', expected: number('>=', '50', '%', 'higher-better') },
  { seed: '000', name: '打击电信网络新型违法犯罪', text: '侦破电信网络诈骗案件大于60起', expected: number('>', '60', '起', 'higher-better') },
  { seed: '000', name: '打击涉毒犯罪', text: '移诉犯罪嫌疑人50人', expected: number(null, '50', '人', 'higher-better') },
  { seed: '000', name: '开展禁毒宣传工作', text: '禁毒宣传4次', expected: number(null, '4', '次', 'higher-better') },
  { seed: '000', name: '外流贩毒人数', text: '控制在省、市下达指标内（不扣分）', expected: wording('控制在省、市下达指标内(不扣分)') },
  { seed: '000', text: '≥12次', expected: number('>=', '12', '次', 'higher-better') },
  { seed: '000', name: '公共安全防范', text: '每年对8类场所安防进行2次检查', expected: number(null, '2', '次', 'higher-better') },
  { seed: '000', text: '暗访或督察5类企业各2家以上', expected: number('>=', '2', '家', 'higher-better') },
  { seed: '000', text: '消防重点单位的消防安全检查不少于2次检查，森林火灾隐患排查2次。', expected: number('>=', '2', '次', 'higher-better') },
  { seed: '000', text: '持续实现疫情防控“双零”', expected: wording('持续实现疫情防控“双零”') },
  { seed: '000', text: '100%落实“五见”采集', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', name: '全局命案破案率', text: '现行命案侦破率100%', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', name: '特重大公共安全事故率', text: '0%', expected: number(null, '0', '%', 'lower-better') },
  { seed: '000', name: '专项行动工作经费', text: '不超过50万（客观调整的除外）', expected: number('<=', '50', '万', 'lower-better') },
  { seed: '000', name: '上级项目资金', text: '不超过70万（客观调整的除外）', expected: number('<=', '70', '万', 'lower-better') },
  { seed: '000', text: '48小时内落实“五见”采集', expected: number('<=', '48', '小时', 'lower-better') },
  { seed: '000', text: '24小时内落实“五见”采集', expected: number('<=', '24', '小时', 'lower-better') },
  { seed: '000', text: '形成重要节点警务工作机制', expected: wording('形成重要节点警务工作机制') },
  { seed: '000', name: '打击各类犯罪，间接挽回经济损失', text: '1000万元', expected: number(null, '1000', '万元', 'higher-better') },
  { seed: '000', text: '无影响社会的重点案件、事件和恐怖案件等工作数据，体现公安工作的社会效益。', expected: wording('无影响社会的重点案件、事件和恐怖案件等工作数据,体现公安工作的社会效益') },
  { seed: '000', text: '≥80%', expected: number('>=', '80', '%', 'higher-better') },
  { seed: '000', text: '4次', expected: number(null, '4', '次', 'higher-better') },
  { seed: '000', text: '全年工作日伙食三顿按时保障', expected: wording('全年工作日伙食三顿按时保障') },
  { seed: '000', name: '薪资保障', text: '每月20日前发放当月工资', expected: number('<=', '20', '日', 'lower-better') },
  { seed: '000', name: '机关值班保障', text: '局机关实行全年365天，24小时值班制度，保障机关运转', expected: number(null, '365', '天', 'higher-better') },
  { seed: '000', text: '≥2次', expected: number('>=', '2', '次', 'higher-better') },
  { seed: '000', text: '低于本地前三年平均值', expected: wording('低于本地前三年平均值') },
  { seed: '000', text: '不发生食物中毒事件', expected: wording('不发生食物中毒事件') },
  { seed: '000', text: '不发生被盗、火灾等事件', expected: wording('不发生被盗、火灾等事件') },
  { seed: '000', text: '项目资金下达率100%', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', text: '不导致视频会议或通信保障出现重大失误的', expected: wording('不导致视频会议或通信保障出现重大失误的') },
  { seed: '000', name: '装备配备率', text: '装备配备率达80%以上', expected: number('>=', '80', '%', 'higher-better') },
  { seed: '000', text: '100%实施政府采购', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', text: '不超过预算下达数（客观调整的除外）', expected: wording('不超过预算下达数(客观调整的除外)') },
  { seed: '000', name: '局机关设备维修及时性', text: '48小时内及时维修', expected: number('<=', '48', '小时', 'lower-better') },
  { seed: '000', name: '值班时效', text: '全年24小时', expected: number(null, '24', '小时', 'higher-better') },
  { seed: '000', text: '受奖励民警满意，提升在职民警干事积极性，维护社会稳定起积极作用。', expected: wording('受奖励民警满意,提升在职民警干事积极性,维护社会稳定起积极作用') },
  { seed: '000', text: '持续提升民警满意度，促进民警工作积极性', expected: wording('持续提升民警满意度,促进民警工作积极性') },
  { seed: '000', text: '村警编制351人', expected: number(null, '351', '人', 'higher-better') },
  { seed: '000', text: '巡特警辅警编制40人', expected: number(null, '40', '人', 'higher-better') },
  { seed: '000', text: '劳务派遣人员编制158人', expected: number(null, '158', '人', 'higher-better') },
  { seed: '000', text: '16个派出所，321个村', expected: number(null, '16', '个', 'higher-better') },
  { seed: '000', text: '2个快警站', expected: number(null, '2', '个', 'higher-better') },
  { seed: '000', text: '1辆', expected: number(null, '1', '辆', 'higher-better') },
  { seed: '000', text: '100%取得资质认定证书', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', text: '表彰奖励、提拔任用、职级晋升中基层干部提拔占50%', expected: number(null, '50', '%', 'higher-better') },
  { seed: '000', text: '处违法犯罪嫌疑人员后按照规定做好人像、DNA采集100%、指纹信息采集工作95%,手机通讯录48小时有效采集工作70%', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', name: '“一村一辅警”运行经费', text: '不超过财政下达的预算数（客观调整的除外）。', expected: wording('不超过财政下达的预算数(客观调整的除外)') },
  { seed: '000', name: '排头派出所搬迁', text: '2023年年初前完成排排头派出所搬迁工作', expected: wording('2023年年初前完成排排头派出所搬迁工作') },
  { seed: '000', text: '持续提升警务运行效能', expected: wording('持续提升警务运行效能') },
  { seed: '000', text: '为实现“治安防控体系全国示范城市”目标打下良好基础', expected: wording('为实现“治安防控体系全国示范城市”目标打下良好基础') },
  { seed: '000', text: '提升公安机关核心战斗力', expected: wording('提升公安机关核心战斗力') },
  { seed: '000', text: '执行率达到100%', expected: number('>=', '100', '%', 'higher-better') },
  { seed: '000', text: '100%落实', expected: number(null, '100', '%', 'higher-better') },
  { seed: '000', text: '无相关现象发生', expected: wording('无相关现象发生') },
  { seed: '000', text: '线上线下培训人数达到500人次。', expected: number('>=', '500', '人次', 'higher-better') },
  { seed: '000', text: '≥6次', expected: number('>=', '6', '次', 'higher-better') },
  { seed: '000', text: '按党内法规制度落实', expected: wording('按党内法规制度落实') },
  { seed: '000', text: '60项措施', expected: number(null, '60', '项', 'higher-better') },
  { seed: '000', text: '30项', expected: number(null, '30', '项', 'higher-better') },
  { seed: '000', text: '全部清零', expected: wording('全部清零') },
  { seed: '000', text: '无泄密事件', expected: wording('无泄密事件') },
  { seed: '000', text: '记录认真详实', expected: wording('记录认真详实') },
  { seed: '000', text: '有无活动场所、是否配备党旗、是否悬挂党的制度、有无相应设备书籍', expected: wording('有无活动场所、是否配备党旗、是否悬挂党的制度、有无相应设备书籍') },
  { seed: '000', name: '新警培训总时长', text: '≥3个月', expected: number('>=', '3', '个月', 'higher-better') },
  { seed: '000', text: '≥10天', expected: number('>=', '10', '天', 'higher-better') },
  { seed: '000', text: '每月按时上报全市巡防工作情况', expected: wording('每月按时上报全市巡防工作情况') },
  { seed: '000', text: '考核结果排名前三', expected: wording('考核结果排名前三') },
  { seed: '000', text: '提升公安民警专业性和战斗力', expected: wording('提升公安民警专业性和战斗力') },

  // 001 株洲市公安局渌口分局 2022 自评表: targets and actuals with extraction spaces.
  { seed: '001', text: '100 %', expected: number(null, '100', '%', 'higher-better') },
  { seed: '001', text: '8016.0 9', expected: number(null, '8016.09', null, 'higher-better') },
  { seed: '001', text: '10 分', expected: number(null, '10', '分', 'higher-better') },
  { seed: '001', text: '重要节点 5 个，一般节点任务 30 个', expected: number(null, '5', '个', 'higher-better') },
  { seed: '001', text: '完成重要节点 5 个，一般节点任务 31 个安保维稳', expected: number(null, '5', '个', 'higher-better') },
  { seed: '001', text: '≥85%', expected: number('>=', '85', '%', 'higher-better') },
  { seed: '001', text: '85.53%', expected: number(null, '85.53', '%', 'higher-better') },
  { seed: '001', text: '10000 份', expected: number(null, '10000', '份', 'higher-better') },
  { seed: '001', text: '9580', expected: number(null, '9580', null, 'higher-better') },
  { seed: '001', name: '吸毒人员 肇事肇祸 案、事件', text: '0', expected: number(null, '0', null, 'lower-better') },
  { seed: '001', text: '40%', expected: number(null, '40', '%', 'higher-better') },
  { seed: '001', text: '8737', expected: number(null, '8737', null, 'higher-better') },
  { seed: '001', text: '1500', expected: number(null, '1500', null, 'higher-better') },
  { seed: '001', text: '1 个', expected: number(null, '1', '个', 'higher-better') },
  { seed: '001', name: '盗抢类刑 事发案率 与上年比 较', text: '下降 15%', expected: number(null, '15', '%', 'higher-better', 'decrease') },
  { seed: '001', name: '盗抢类刑 事发案率 与上年比 较', text: '下降 18.94%', expected: number(null, '18.94', '%', 'higher-better', 'decrease') },
  { seed: '001', text: '下降', expected: wording('下降', 'decrease') },
  { seed: '001', text: '上升 9.11%', expected: number(null, '9.11', '%', 'higher-better', 'increase') },
  { seed: '001', text: '健全', expected: wording('健全') },
  { seed: '001', name: '队伍违纪 违法问题 发生率', text: '< 1%', expected: number('<', '1', '%', 'lower-better') },
  { seed: '001', name: '队伍违纪 违法问题 发生率', text: '0.9%', expected: number(null, '0.9', '%', 'lower-better') },
  { seed: '001', text: '是否及 时', expected: wording('是否及时') },
  { seed: '001', text: '是', expected: wording('是') },
  { seed: '001', name: '二代身份 证办结天 数', text: '少于 30 天', expected: number('<', '30', '天', 'lower-better') },
  { seed: '001', name: '护照办结 时限', text: '少于 7 个工作 日', expected: number('<', '7', '个工作日', 'lower-better') },
  { seed: '001', name: '护照办结 时限', text: '少于 7 个 工作日', expected: number('<', '7', '个工作日', 'lower-better') },
  { seed: '001', text: '300 万 元', expected: number(null, '300', '万元', 'higher-better') },
  { seed: '001', text: '311 万元', expected: number(null, '311', '万元', 'higher-better') },
  { seed: '001', text: '保持', expected: wording('保持') },
  { seed: '001', text: '连续 17 年保持', expected: wording('连续17年保持') },
  { seed: '001', text: '全市第 一', expected: wording('全市第一') },
  { seed: '001', text: '连续 7 年全市第 一', expected: wording('连续7年全市第一') },
  { seed: '001', text: '≥95 分', expected: number('>=', '95', '分', 'higher-better') },
  { seed: '001', text: '96 分', expected: number(null, '96', '分', 'higher-better') },
  { seed: '001', text: '99.65%', expected: number(null, '99.65', '%', 'higher-better') },

  // 002 湟源县公安局 2024 批复表: symbols, slash units, LaTeX debris.
  { seed: '002', text: '≥25次/年', expected: number('>=', '25', '次/年', 'higher-better') },
  { seed: '002', text: '≥1000人次', expected: number('>=', '1000', '人次', 'higher-better') },
  { seed: '002', text: '≥100%', expected: number('>=', '100', '%', 'higher-better') },
  { seed: '002', text: '≥12个月', expected: number('>=', '12', '个月', 'higher-better') },
  { seed: '002', text: '≥90%', expected: number('>=', '90', '%', 'higher-better') },
  { seed: '002', text: '≥154个', expected: number('>=', '154', '个', 'higher-better') },
  { seed: '002', name: '月工资保障额', text: '1000元/月人', expected: number(null, '1000', '元/月人', 'higher-better') },
  { seed: '002', text: '≥50%', expected: number('>=', '50', '%', 'higher-better') },
  { seed: '002', text: '≥100个', expected: number('>=', '100', '个', 'higher-better') },
  { seed: '002', text: '≥1次/年', expected: number('>=', '1', '次/年', 'higher-better') },
  { seed: '002', text: '≥13台', expected: number('>=', '13', '台', 'higher-better') },
  { seed: '002', text: '≤2小时', expected: number('<=', '2', '小时', 'lower-better') },
  { seed: '002', text: '≥20%', expected: number('>=', '20', '%', 'higher-better') },
  { seed: '002', text: '≥237人', expected: number('>=', '237', '人', 'higher-better') },
  { seed: '002', text: '2000元/人', expected: number(null, '2000', '元/人', 'higher-better') },
  { seed: '002', text: '≥400元/人', expected: number('>=', '400', '元/人', 'higher-better') },
  { seed: '002', text: '≥95%', expected: number('>=', '95', '%', 'higher-better') },
  { seed: '002', text: '1个', expected: number(null, '1', '个', 'higher-better') },
  { seed: '002', text: '≤20%', expected: number('<=', '20', '%', 'lower-better') },
  { seed: '002', text: '1套', expected: number(null, '1', '套', 'higher-better') },
  { seed: '002', text: '≤3小时', expected: number('<=', '3', '小时', 'lower-better') },
  { seed: '002', text: '≥460平方米', expected: number('>=', '460', '平方米', 'higher-better') },
  { seed: '002', text: '≥10年', expected: number('>=', '10', '年', 'higher-better') },
  { seed: '002', name: '系统运行维护响应时间', text: '30分钟', expected: number(null, '30', '分钟', 'lower-better') },
  { seed: '002', text: '$\\geq 90\\%$', expected: number('>=', '90', '%', 'higher-better') },

  // 003 道县公安局 2023 评价报告: a value inside narrative text.
  { seed: '003', text: '全局60%以上公用经费下拨到派出所', expected: number('>=', '60', '%', 'higher-better') },
];

describe('parseIndicatorValue on the sample documents', () => {
  it.each(rows)('reads $seed "$text"', ({ name, text, expected }) => {
    expect(parseIndicatorValue(text, { name })).toEqual({ text, ...expected });
  });

  it.each(rows)('finds $seed "$text" in the sample, spaces aside', ({ seed, text }) => {
    const compact = (value: string) => value.replace(/\s+/g, '');
    expect(compact(readSeed(seed))).toContain(compact(text));
  });
});
