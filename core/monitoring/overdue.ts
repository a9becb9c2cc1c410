/** Late submissions of a monitoring round: how many whole days past the deadline (issue 11 "late units with days overdue"). */

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Whole days `now` lies past the end of the deadline day (YYYY-MM-DD, the day itself counts as on
 * time, read in China Standard Time, UTC+8, where the bureaus work); 0 when not late.
 */
export function countDaysOverdue(input: { deadline: string; now: Date }): number {
  const late = input.now.getTime() - findDeadlineEnd(input.deadline).getTime();
  return late < 0 ? 0 : Math.floor(late / dayMs) + 1;
}

/** The instant the deadline day (YYYY-MM-DD) ends in China Standard Time, UTC+8. */
export function findDeadlineEnd(deadline: string): Date {
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  // End of the deadline day in UTC+8 = next day 00:00 +08:00 = next day 16:00 UTC of the day before.
  return new Date(Date.UTC(year, month - 1, day + 1) - 8 * 60 * 60 * 1000);
}

/** The calendar day (YYYY-MM-DD) `now` falls on in China Standard Time, UTC+8 (one 催报 per unit and day). */
export function describeChinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
