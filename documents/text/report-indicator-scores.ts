/**
 * The 分值 and 得分 a report gives each indicator in its narrative, right after the indicator's name
 * ("认定人才驿站数量本项目满分8分，得6分，扣分原因为：…", Fujian's system-made 项目支出绩效自评报告), when
 * its table of indicators has no 分值 or 得分 column. Only an indicator of the table is scored, by
 * its whole name; a name scored twice differently is left alone.
 */
import { eachIndicator, type PerformanceDocument } from '../../core/model.ts';
import { indicatorScoreSentence } from '../vocabulary/report-words.ts';

/** Longest distance searched after a name for its sentence (the lead-in words and a colon). */
const SENTENCE_WINDOW = 40;

/** Fills each indicator's weight and score from the prose (its paragraphs) where the table left them empty. */
export function fillIndicatorScoresFromProse(document: PerformanceDocument, prose: readonly string[]): void {
  // Paragraphs kept apart: a name ending one paragraph is no subject of the next one's sentence.
  const text = prose.map((paragraph) => paragraph.replace(/\s+/g, '')).join('\n');
  for (const { indicator } of eachIndicator(document)) {
    if (indicator.weight != null || indicator.score != null) continue;
    const name = indicator.name.replace(/\s+/g, '');
    if (name.length < 2) continue;
    const found = new Set<string>();
    let weight: string | undefined;
    let score: string | undefined;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const match = indicatorScoreSentence.exec(text.slice(at + name.length, at + name.length + SENTENCE_WINDOW));
      if (!match?.[1] || !match[2]) continue;
      found.add(`${match[1]}/${match[2]}`);
      [weight, score] = [match[1], match[2]];
    }
    if (found.size !== 1 || weight === undefined || score === undefined || Number(score) > Number(weight)) continue;
    indicator.weight = weight;
    indicator.score = score;
  }
}
