/** Indicator value parsing: how many 指标值/完成值 texts per second (the seeds' forms, round robin). */
import { parseIndicatorValue } from '../core/indicator-value/index.ts';
import type { Measurement } from './measurement.ts';

const texts = ['≥80%', '10000 份', '下降 15%', '少于 7 个工作 日', '300 万 元', '全市第 一', '≥25次/年', '1000元/月人', '$\\geq 90\\%$', '侦破电信网络诈骗案件大于60起', '健全', '< 1%'];

/** Parses per second over `seconds`. */
export function benchValues(seconds = 2): Measurement[] {
  let parsed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (const text of texts) parseIndicatorValue(`${text}`, { name: '移送起诉率' });
    parsed += texts.length;
  }
  return [{ name: 'parse indicator values', value: Math.round(parsed / ((performance.now() - started) / 1000)), unit: 'values/s' }];
}
