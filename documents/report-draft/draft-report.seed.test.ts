/** The draft of sample 001 (a 自评表 whose 偏差原因 column says "完成绩效目标" for met indicators). */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { readText } from '../text/read-text.ts';
import { draftReport } from './draft-report.ts';

function draftSeed001() {
  const selfEvaluation = readText(readSeed('001'));
  if (!selfEvaluation) throw new Error('sample 001 was not read');
  return draftReport({ selfEvaluation: analyseDocument(selfEvaluation) });
}

function sectionText(title: string): string {
  return draftSeed001().report?.sections.find((section) => section.title === title)?.text ?? '';
}

describe('draftReport of sample 001', () => {
  it('counts only the indicators whose actual falls short of the target as not met', () => {
    const text = sectionText('绩效情况');
    expect(text).toMatch(/共设绩效指标 27 个，已完成 23 个，未完成 3 个（其中部分完成 2 个）。/);
    expect(text).toContain('另有 1 个无法按评分规则判断是否完成：群众对户籍工作满意度。');
  });

  it('lists the three real shortfalls with their reasons and no met indicator', () => {
    const lines = sectionText('存在的问题及原因分析').split('\n');
    expect(lines.map((line) => line.split('：')[0])).toEqual([
      '男性家族排查系统建设DNA数据采集数',
      '加强教育培训，民、辅警业务培训人次',
      '刑事案件发案率与上年比较',
    ]);
    expect(lines.join('\n')).not.toContain('完成绩效目标');
  });
});
