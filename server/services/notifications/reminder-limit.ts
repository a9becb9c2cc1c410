/**
 * 催报 is rate-limited (issue 10): one reminder per unit, per subject (a year's documents or a
 * monitoring round) and per day, counted in China Standard Time where the bureaus work. The limit
 * is the notification's dedupe key (unique per organisation), so two reviewers, or two server
 * instances, reminding at the same moment still write one notification; the second gets 429.
 */
import { describeChinaDay } from '../../../core/monitoring/overdue.ts';
import { ServiceError } from '../service-error.ts';

const chinaOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The dedupe key of a year's 催报 on `now`'s day; its prefix without the day names every reminder of the year. */
export function describeYearReminderKey(input: { year: number; now?: Date }): string {
  return `reminder:year:${input.year}:${input.now ? describeChinaDay(input.now) : ''}`;
}

/** The dedupe key of a monitoring round's 催报 on `now`'s day. */
export function describeRoundReminderKey(input: { roundId: string; now: Date }): string {
  return `reminder:round:${input.roundId}:${describeChinaDay(input.now)}`;
}

/** 429 with Retry-After up to the next midnight in China. */
export function createRemindedTodayError(input: { organisationName: string; subject: string; now: Date }): ServiceError {
  const chinaMs = input.now.getTime() + chinaOffsetMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((Math.floor(chinaMs / dayMs + 1) * dayMs - chinaMs) / 1000));
  return new ServiceError({
    code: 'reminded-today',
    message: `今天已向${input.organisationName}催报过${input.subject}，每个单位每天只催报一次，请明天再催。`,
    httpStatus: 429,
    retryAfterSeconds,
  });
}
