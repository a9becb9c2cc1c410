/**
 * Repairs to a run-together header that a document site's text of a Word table leaves: a column's note
 * parted from its word by a space ("年初目标值 (A)实际完成值 (B)得分"), and a 一级 column whose header word was
 * lost (the merged goal label written down a narrow cell beside it, its characters read across the
 * lines into the header's first word: "度效标80> 年绩目1分级标 一指二级指标三级指标…", a Hubei 财政项目绩效自评表).
 */
import { COLUMN_NOTE, type ColumnRole } from '../../vocabulary/columns.ts';
import { level1Entries } from '../../vocabulary/levels.ts';
import { findWordAt } from '../../vocabulary/word-at.ts';
import { headerWords } from './run-together-words.ts';

/** Spaces right before a column's note ("(A)", "(B/A)", "(万元)"). */
const SPACE_BEFORE_NOTE = new RegExp(`\\s+(?=${COLUMN_NOTE.source.replace(/^\^/, '')})`, 'g');

/**
 * The line with a column's note joined to the column word before it where a space parted them (a Word cell
 * wrapped before its bracket: "年初目标值 (A)" is the column 年初目标值(A)). Only after a column word of the
 * vocabulary: a note after other text ("单位 (万元)" in a sentence) keeps its space.
 */
export function joinSpacedColumnNotes(line: string): string {
  return line.replace(SPACE_BEFORE_NOTE, (space: string, offset: number) => (headerWords.some((word) => line.endsWith(word, offset)) ? '' : space));
}

/** The 一级 names and their long variants (a short one, 产出 or 效果, may open a name). */
const level1Words: readonly string[] = level1Entries.flatMap((entry) => [entry.name, ...entry.variants.filter((variant) => variant.length >= 4)]).sort((a, b) => b.length - a.length);

/**
 * The roles with a 一级 column put back before the 二级 where the header names a 二级 first and no 一级, but the
 * rows right after it open with a 一级 name (`rows` is the text after the header, spaces and all): the header's
 * 一级 word was lost, not the column. A header that truly starts at its 二级 (rows opening with a 二级) reads as before.
 */
export function withLostLevel1(roles: readonly ColumnRole[], rows: string): ColumnRole[] {
  if (roles[0] !== 'level2' || roles.includes('level1')) return [...roles];
  const opening = rows.replace(/\s+/g, '').slice(0, 16);
  return findWordAt(opening, 0, level1Words) === undefined ? [...roles] : ['level1', ...roles];
}
