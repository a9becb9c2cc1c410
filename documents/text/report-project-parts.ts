/**
 * The parts of a report over several projects, one per project: a heading naming the project ("一、耕地质量提升
 * 项目", "（二）农机购置补贴资金绩效自评情况", "项目一：…") and the lines up to the next heading of the same rank or
 * a higher one. Only headings of one numbering style count, and only when two or more of them name a project:
 * a single-project report's "（二）项目资金情况" or "（一）项目决策" names none (docs/layouts.md "Several projects").
 */
import {
  reportGenericProjectName,
  reportProjectHeadingSuffix,
  reportProjectNameEnding,
} from '../vocabulary/report-words.ts';
import { isLevelName } from '../grid/levels.ts';
import { compact } from './normalize.ts';

export interface ProjectPart {
  name: string;
  /** 1-based line of the heading. */
  line: number;
  /** 0-based index of the heading, and of the line after the part's last. */
  start: number;
  end: number;
  /** The part's lines: a run-in text after the heading's name first. */
  lines: string[];
}

/** Heading styles, highest rank first; a part ends at a heading of its own style or of a lower rank number. */
const HEADING_STYLES: ReadonlyArray<{ rank: number; pattern: RegExp }> = [
  { rank: 1, pattern: /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(\S.*)$/ },
  { rank: 2, pattern: /^\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*(\S.*)$/ },
  { rank: 2, pattern: /^\s*项目[一二三四五六七八九十\d]{1,2}\s*[：:、.．]\s*(\S.*)$/ },
  { rank: 3, pattern: /^\s*\d{1,2}\s*(?:[、．]|\.(?!\d))\s*(\S.*)$/ },
  { rank: 4, pattern: /^\s*[（(]\d{1,2}[)）]\s*(\S.*)$/ },
];

/** A project's name is a short phrase (a sentence after a number is no heading). */
const NAME_LENGTH = { fewest: 4, most: 40 } as const;

/**
 * The index of the heading style a line has, or -1. A table's row ("\t一、产出指标\t数量指标…") has none, nor a level
 * the table numbers on a line of its own ("一、产出指标", "（二）质量指标": a table written one cell per line).
 */
function styleOf(line: string): number {
  if (/\S[\t|]|[\t|]\S/.test(line.trim())) return -1;
  const style = HEADING_STYLES.findIndex(({ pattern }) => pattern.test(line));
  if (style >= 0 && isLevelName(compact(HEADING_STYLES[style]?.pattern.exec(line)?.[1] ?? ''))) return -1;
  return style;
}

/** The project a heading names and its run-in text ("耕地质量提升项目：年初预算…"), or null. */
function readProjectHeading(text: string): { name: string; rest: string } | null {
  const runIn = /^([^：:。；;，,]{2,60}?)[：:](.*)$/.exec(text.trim());
  const title = compact(runIn?.[1] ?? text).replace(/[。.：:]$/, '');
  if (/[，,。；;、]/.test(title)) return null;
  const name = title.replace(reportProjectHeadingSuffix, '');
  if (name.length < NAME_LENGTH.fewest || name.length > NAME_LENGTH.most) return null;
  if (!reportProjectNameEnding.test(name) || reportGenericProjectName.test(name)) return null;
  return { name, rest: (runIn?.[2] ?? '').trim() };
}

/** The lines from `start` up to the next heading of `style` or of a higher rank. */
function partEnd(lines: readonly string[], start: number, style: number): number {
  const rank = HEADING_STYLES[style]?.rank ?? 0;
  for (let index = start + 1; index < lines.length; index += 1) {
    const other = styleOf(lines[index] ?? '');
    if (other === style || (other >= 0 && (HEADING_STYLES[other]?.rank ?? 0) < rank)) return index;
  }
  return lines.length;
}

/** The project parts of a report, in order; [] when fewer than two headings of one style name distinct projects. */
export function findProjectParts(lines: readonly string[]): ProjectPart[] {
  for (const [style, { pattern }] of HEADING_STYLES.entries()) {
    const parts: ProjectPart[] = [];
    for (const [index, line] of lines.entries()) {
      if (styleOf(line) !== style) continue;
      const heading = readProjectHeading(pattern.exec(line)?.[1] ?? '');
      if (!heading) continue;
      const end = partEnd(lines, index, style);
      const body = lines.slice(index + 1, end);
      parts.push({ name: heading.name, line: index + 1, start: index, end, lines: heading.rest === '' ? body : [heading.rest, ...body] });
    }
    if (new Set(parts.map((part) => part.name)).size >= 2) return parts;
  }
  return [];
}
