/**
 * The readers against a domain word repeated in five shapes (one per line, single spaces, tabs, pipes,
 * tab rows) after each kind's title: the inputs that found quadratic readers (a page of 年度目标 lines,
 * a line of 预算执行情况 words). Then random mixtures of a few such words (fixed seeds) in six shapes, the
 * last two run together without any separator, alone or after an indicator header: the inputs that found
 * the spaceless stream's quadratic parts. Prints the slowest CPU time and its input, and the share over a
 * second. Opt-in (`npm run bench -- repeated-words`): it reads 1,500 inputs and 240 mixtures.
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

/** The slowest input read so far, and how many inputs were read and took over SLOW_MS. */
interface Tally {
  slowest: { ms: number; what: string };
  slow: number;
  total: number;
}

const createTally = (): Tally => ({ slowest: { ms: 0, what: '' }, slow: 0, total: 0 });

/** Reads `text` and counts its CPU time in `tally` under the name `what`. */
function readCounted(tally: Tally, text: string, what: string): void {
  const started = process.cpuUsage();
  readText(text);
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  tally.total += 1;
  if (ms > SLOW_MS) tally.slow += 1;
  if (ms > tally.slowest.ms) tally.slowest = { ms, what };
}

export async function benchRepeatedWords(): Promise<Measurement[]> {
  const repeated = createTally();
  for (const title of titles) {
    for (const [shape, make] of Object.entries(repeatedShapes)) {
      for (const word of repeatedWords) {
        const text = `${title}\n${make(word, Math.ceil(TARGET_CHARACTERS / (word.length + 1)))}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥1次`;
        readCounted(repeated, text, `${title} / ${shape} / ${word}`);
      }
    }
  }
  console.log(`slowest input: ${repeated.slowest.what}`);
  const mixtures = measureMixtures();
  console.log(`slowest mixture: ${mixtures.slowest.what}`);
  return [
    { name: `slowest of ${repeated.total} inputs (~50 KB each), readText CPU`, value: Math.round(repeated.slowest.ms), unit: 'ms' },
    { name: `inputs over ${SLOW_MS} ms of CPU`, value: repeated.slow, unit: 'inputs' },
    { name: `slowest of ${mixtures.total} mixtures (~50 KB each), readText CPU`, value: Math.round(mixtures.slowest.ms), unit: 'ms' },
    { name: `mixtures over ${SLOW_MS} ms of CPU`, value: mixtures.slow, unit: 'inputs' },
  ];
}

/** Mixtures of this many seeds per title and shape. */
const MIXTURE_SEEDS = 8;
const STREAM_HEADER = '一级指标二级指标三级指标年度指标值实际完成值分值得分';
/** Words a mixture draws from besides the repeated ones: levels, values and names a stream's rows hold. */
const mixtureExtras = ['产出指标', '效益指标', '10', '95.5', '≥', '%', '个', '万元', '安装设施', '目标一', '：'];
const mixtureShapes: Record<string, { separator: string; header: string }> = {
  lines: { separator: '\n', header: '' },
  spaces: { separator: ' ', header: '' },
  tabs: { separator: '\t', header: '' },
  pipes: { separator: '|', header: '' },
  'run together': { separator: '', header: '' },
  'run together after a header': { separator: '', header: STREAM_HEADER },
};

/** A random number generator of a fixed seed (the same inputs on every run). */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function measureMixtures(): Tally {
  const pieces = [...repeatedWords, ...mixtureExtras];
  const tally = createTally();
  for (const title of titles) {
    for (const [shape, { separator, header }] of Object.entries(mixtureShapes)) {
      for (let seed = 1; seed <= MIXTURE_SEEDS; seed += 1) {
        const random = createRandom(seed * 7919 + tally.total);
        // A few words per input, so they repeat in structure (the quadratic cases are repetitions).
        const words = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)] as string);
        const parts: string[] = [];
        for (let length = 0; length < TARGET_CHARACTERS; ) {
          const word = words[Math.floor(random() * words.length)] as string;
          parts.push(word);
          length += word.length + separator.length;
        }
        readCounted(tally, `${title}\n${header}${parts.join(separator)}`, `${title} / ${shape} / ${words.join(' ')}`);
      }
    }
  }
  return tally;
}
