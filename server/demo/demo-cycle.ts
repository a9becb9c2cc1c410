/**
 * Which years the demo shows: those of the cycle a unit is in on the date the demo is loaded
 * (DOMAIN.md "The cycle"; the usual deadlines in core/fiscal-year-deadlines.ts: 绩效目标表 by 30
 * November of the year before, monitoring by 31 August, 自评表 by 30 April of the year after).
 *
 * - From June to December of year Y ('targets'): the targets of Y+1 are being declared (drafts,
 *   submitted, reviewed, one returned); Y runs on approved targets (its monitoring by 31 August);
 *   the 自评 and reports of Y−1, due on 30 April, are in and being 复核ed, one report returned;
 *   a unit has begun its 自评 of Y. The whole cycle of Y−1 is published for one unit.
 * - From January to May of year Y ('self-evaluation'): the 自评 of Y−1 is being filled in (due 30
 *   April: a draft, one returned, others submitted or reviewed) with its reports; Y runs on its
 *   targets, all in; the whole cycle of Y−2 is published for one unit, and that year is closed.
 *
 * So on any date the latest passed deadline a demo unit has not met is at most a month old (a
 * draft 绩效目标表 in December, a draft 自评表 in May), never a year.
 */

export type DemoSeason = 'self-evaluation' | 'targets';

export interface DemoCycle {
  /** The date the demo is loaded at, YYYY-MM-DD in China time. */
  date: string;
  season: DemoSeason;
  /** The year whose whole cycle (targets, 自评, report) one unit has published. */
  publishedYear: number;
  /** The year whose 自评 and reports are in the demo (the past year). */
  pastYear: number;
  /** The year running on the date (targets approved, monitoring). */
  currentYear: number;
  /** The year whose targets are being declared; null from January to May. */
  comingYear: number | null;
  /** Years opened for the demo, oldest first. */
  openYears: number[];
  /** Years added, their documents written, then closed (a finished year's documents are frozen). */
  closedYears: number[];
}

/** China has one time zone and no daylight saving: UTC+8. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** The demo's years on `date` (see above). */
export function describeDemoCycle(date: Date): DemoCycle {
  const china = new Date(date.getTime() + chinaOffsetMs);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth() + 1;
  const day = china.toISOString().slice(0, 10);
  if (month >= 6) {
    return {
      date: day,
      season: 'targets',
      publishedYear: year - 1,
      pastYear: year - 1,
      currentYear: year,
      comingYear: year + 1,
      openYears: [year - 1, year, year + 1],
      closedYears: [],
    };
  }
  return {
    date: day,
    season: 'self-evaluation',
    publishedYear: year - 2,
    pastYear: year - 1,
    currentYear: year,
    comingYear: null,
    openYears: [year - 1, year],
    closedYears: [year - 2],
  };
}
