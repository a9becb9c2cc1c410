/**
 * What a sheet's name says when its table has no title row: many workbooks start at the table's header, the kind,
 * the year and sometimes the project standing only in the sheet's tab ("2024年项目支出绩效自评表", "乡村道路养护项目绩效
 * 目标表", "部门整体自评", one project a sheet named by the project). A tab is the clerk's short label (Excel allows 31
 * characters), so it only fills what the table leaves open (documents/import-file.ts), and a name that is the
 * workbook's default or a number ("Sheet1", "表1", "附表3") says nothing.
 */
import type { DocumentKind, Scope } from '../../core/model.ts';
import { trimBoth } from '../../core/trim-characters.ts';
import { scopeEvidence, titleKindOpeners } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { findTitleKind } from './title.ts';

export interface SheetNameTitle {
  kind: DocumentKind | null;
  /** 部门整体 or 项目 when the name says which. */
  scope: Scope | null;
  year: number | null;
  /** A project's name: the name's words before its kind words, or the whole name when it names nothing else. */
  project: string | null;
}

/** A workbook's default or numbered tab ("Sheet1", "工作表2", "表1", "附表3", "附件2-1", "Book1"): no title. */
const NUMBERED_SHEET = /^(?:sheet|工作表|book|表|附表|附件|页|第)?[\d一二三四五六七八九十]*(?:[-—_.][\d一二三四五六七八九十]+)*[页表]?$/i;
/** A tab's lead-in before its words ("附件3", "附表1-2", "表3"). */
const LEAD_IN = /^(?:附件|附表|表)[\d一二三四五六七八九十]+(?:[-—_.][\d]+)*[:：、.\s]*/;
const YEAR = /(?<!\d)((?:19|20)\d{2})年度?/;
/** A tab's shortened kind, where a title would say the whole ("部门整体自评", "乡村道路养护绩效目标"). */
const SHORT_KINDS: ReadonlyArray<{ kind: DocumentKind; pattern: RegExp }> = [
  { kind: 'self-evaluation', pattern: /自评$/ },
  { kind: 'target-table', pattern: /目标$/ },
];
/** Kind words that end a tab's project name ("…项目绩效自评", "…目标表"), besides the titles' openers. */
const KIND_WORDS = ['绩效', '自评', '目标', '评价', '监控', '批复'];
/** Words of a tab that holds no project: instructions, a cover, a summary, the table's parts, the kind's own words. */
const NO_PROJECT = /说明|汇总|目录|封面|指标|标准|明细|情况|清单|统计|填报|备注|评分|打分|样表|模板|格式|示例|附件|附表|sheet|绩效|自评|目标|评价|报告|监控|批复|整体|部门|单位/i;
/** A unit's name ends so ("…公路养护中心", "…交通运输局"): a tab named by its unit names no project. */
const UNIT_ENDING = /(?:局|委员会|委|办公室|办|院|所|站|中心|馆|厅|处|队|学校|校|医院|政府|街道|镇|乡|公司|集团)$/;
/** A project's name as a tab holds it: Han characters, letters, figures and brackets, two Han characters at least. */
const PROJECT_CHARACTERS = /^[\p{Script=Han}A-Za-z0-9()（）、·]{2,31}$/u;

function findKind(key: string): DocumentKind | null {
  return findTitleKind(key) ?? SHORT_KINDS.find(({ pattern }) => pattern.test(key))?.kind ?? null;
}

function findScope(key: string): Scope | null {
  if (scopeEvidence.department.test(key)) return 'department';
  return scopeEvidence.projectTitle.test(key) ? 'project' : null;
}

/** The words before the kind words, or the whole, when they can only be a project's name. */
function findProject(key: string): string | null {
  const rest = key.replace(/^\((?:19|20)\d{2}年度?\)|\((?:19|20)\d{2}年度?\)$/g, '').replace(YEAR, '');
  const cuts = [...titleKindOpeners, ...KIND_WORDS].map((word) => rest.indexOf(word)).filter((index) => index >= 0);
  const cut = cuts.length > 0 ? Math.min(...cuts) : rest.length;
  const name = trimBoth(rest.slice(0, cut), '-—_:：、');
  // "乡村道路养护项目支出绩效目标表": the kind opens at 项目支出, and the project keeps its 项目 as its tables write it.
  const project = name !== '' && rest.startsWith('项目', cut) ? `${name}项目` : name;
  if (!PROJECT_CHARACTERS.test(project) || (project.match(/\p{Script=Han}/gu)?.length ?? 0) < 2) return null;
  if (NO_PROJECT.test(project) || UNIT_ENDING.test(project) || /^(?:项目|专项|专项资金|专项经费|财政|县级|市级|省级)$/.test(project)) return null;
  return project;
}

/** What a sheet's name says as a title, or null when it says nothing (a default or numbered tab). */
export function readSheetNameTitle(name: string): SheetNameTitle | null {
  if (NUMBERED_SHEET.test(labelKey(name))) return null;
  // The lead-in goes first, while a space still parts its number from a year ("附件3 2024年…").
  const key = labelKey(name.trim().replace(LEAD_IN, ''));
  const year = YEAR.exec(key)?.[1];
  const title: SheetNameTitle = { kind: findKind(key), scope: findScope(key), year: year === undefined ? null : Number(year), project: findProject(key) };
  // A scope alone ("项目") is no title.
  return title.kind === null && title.year === null && title.project === null ? null : title;
}
