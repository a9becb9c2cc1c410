/**
 * The readers against a domain word repeated in five shapes (one per line, single spaces, tabs, pipes,
 * tab rows) after each kind's title: the inputs that found quadratic readers (a page of 年度目标 lines,
 * a line of 预算执行情况 words). Prints the slowest CPU time and its input, and the share over a second.
 * Opt-in (`npm run bench -- repeated-words`): it reads 1,500 inputs.
 */
import { readText } from '../documents/text/read-text.ts';
import type { Measurement } from './measurement.ts';

export const repeatedWords = [
  '年度目标', '绩效目标', '年度总体目标', '总体目标', '预期目标', '实际完成情况', '一级指标', '二级指标', '三级指标', '指标值',
  '年度指标值', '实际完成值', '分值', '得分', '产出指标', '数量指标', '质量指标', '效益指标', '满意度指标', '项目名称',
  '主管部门', '实施单位', '资金情况', '年度资金总额', '其中：财政拨款', '其他资金', '偏差原因', '改进措施', '序号', '合计',
  '总分', '自评得分', '全年预算数', '全年执行数', '执行率', '中期目标', '长期目标', '（盖章）', '√', '确定能',
  '一、', '1.', '（一）', '100万元', '100%', '≥1次', '指标名称', '指标内容', '评分标准', '绩效指标',
  '项目负责人', '联系电话', '填报单位', '单位名称', '预算执行情况', '部门名称', '完成值', '目标值', '权重', '评价结论',
];
const titles = ['项目支出绩效目标表', '项目支出绩效自评表', '项目绩效运行监控表', '项目支出绩效评价报告', '部门整体支出绩效自评表'];
export const repeatedShapes: Record<string, (word: string, count: number) => string> = {
  lines: (word, count) => `${word}\n`.repeat(count),
  spaces: (word, count) => `${word} `.repeat(count),
  tabs: (word, count) => `${word}\t`.repeat(count),
  pipes: (word, count) => `|${`${word}|`.repeat(count)}`,
  'tab rows': (word, count) => `${word}\t${word}\t1\n`.repeat(Math.ceil(count / 3)),
};
/** About 50 KB of text per input. */
const TARGET_CHARACTERS = 50_000;
const SLOW_MS = 1000;

export async function benchRepeatedWords(): Promise<Measurement[]> {
  let slowest = { ms: 0, what: '' };
  let slow = 0;
  let total = 0;
  for (const title of titles) {
    for (const [shape, make] of Object.entries(repeatedShapes)) {
      for (const word of repeatedWords) {
        const text = `${title}\n${make(word, Math.ceil(TARGET_CHARACTERS / (word.length + 1)))}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥1次`;
        const started = process.cpuUsage();
        readText(text);
        const used = process.cpuUsage(started);
        const ms = (used.user + used.system) / 1000;
        total += 1;
        if (ms > SLOW_MS) slow += 1;
        if (ms > slowest.ms) slowest = { ms, what: `${title} / ${shape} / ${word}` };
      }
    }
  }
  console.log(`slowest input: ${slowest.what}`);
  return [
    { name: `slowest of ${total} inputs (~50 KB each), readText CPU`, value: Math.round(slowest.ms), unit: 'ms' },
    { name: `inputs over ${SLOW_MS} ms of CPU`, value: slow, unit: 'inputs' },
  ];
}
