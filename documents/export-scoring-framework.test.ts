/**
 * An evaluation scoring table (决策/过程 beside 产出/效益) survives the product's own .xlsx and
 * .docx export and reads back with its levels (core/levels keys decision, process).
 */
import { describe, expect, it } from 'vitest';
import { level1KeyOf } from '../core/levels/index.ts';
import type { PerformanceDocument } from '../core/model.ts';
import { exportDocument } from './export.ts';
import { importFile } from './import-file.ts';
import { buildSampleSelfEvaluation } from './print/sample-documents.ts';

function withFrameworkLevels(document: PerformanceDocument): PerformanceDocument {
  const levels = [
    { level1: '决策', level2: '项目立项' },
    { level1: '决策', level2: '资金投入' },
    { level1: '过程', level2: '资金管理' },
    { level1: '过程', level2: '组织实施' },
  ];
  const goals = document.goals.map((goal, goalIndex) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, index) => (goalIndex === 0 && index < levels.length ? { ...indicator, ...levels[index] } : indicator)),
  }));
  return { ...document, goals };
}

describe('export of a scoring table with 决策 and 过程', () => {
  it.each(['xlsx', 'docx'] as const)('reads 决策 and 过程 back from the product’s .%s', async (format) => {
    const document = withFrameworkLevels(buildSampleSelfEvaluation());
    const bytes = await exportDocument(document, format);
    const read = await importFile({ bytes, fileName: `自评表.${format}` });
    const levelsOf = (source: PerformanceDocument) =>
      new Map(source.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.name, [level1KeyOf(indicator.level1), indicator.level2]] as const)));
    const written = levelsOf(document);
    const back = levelsOf(read);
    const framework = [...written.entries()].filter(([, [key]]) => key === 'decision' || key === 'process');
    expect(framework).toHaveLength(4);
    for (const [name, levels] of framework) expect(back.get(name)).toEqual(levels);
  });
});
