import { describe, expect, it } from 'vitest';
import { withPercentWords } from './percent-words.ts';

describe('withPercentWords', () => {
  it.each([
    ['预算执行率为百分之百。', '预算执行率为100%。'],
    ['执行率达百分之九十八点五，', '执行率达98.5%，'],
    ['执行率为百分之98.5', '执行率为98.5%'],
    ['百分之十', '10%'],
    ['百分之一百零五', '105%'],
  ])('writes %s as figures', (written, expected) => {
    expect(withPercentWords(written)).toBe(expected);
  });

  it('leaves text without 百分之 as it is', () => {
    expect(withPercentWords('执行率为98%。')).toBe('执行率为98%。');
  });
});
