import { Prisma } from '../generated/prisma/client';

/**
 * A programme's status follows from its dates and today's: upcoming before it opens, closing soon
 * in its last 30 days, closed after, permanent without dates. The same rules as an SQL expression,
 * for filters and the listing order.
 */

export const CLOSING_SOON_DAYS = 30;

export const STATUSES = ['UPCOMING', 'OPEN', 'CLOSING_SOON', 'CLOSED', 'PERMANENT'] as const;
export type ProgramStatus = (typeof STATUSES)[number];

// Programmes' dates are French calendar days: one closing on 1 December closes at midnight in
// Paris, an hour before midnight UTC (two in summer).
const PARIS_CALENDAR = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day it is in Paris, at UTC midnight like stored dates. */
export function today(now = new Date()): Date {
  const parts = Object.fromEntries(PARIS_CALENDAR.formatToParts(now).map((part) => [part.type, part.value]));
  return new Date(`${parts.year}-${parts.month}-${parts.day}T00:00:00Z`);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function programStatus(
  program: { opensOn: Date | null; closesOn: Date | null },
  day: Date,
): ProgramStatus {
  if (!program.opensOn && !program.closesOn) return 'PERMANENT';
  if (program.opensOn && program.opensOn > day) return 'UPCOMING';
  if (program.closesOn && program.closesOn < day) return 'CLOSED';
  if (program.closesOn && program.closesOn <= addDays(day, CLOSING_SOON_DAYS)) return 'CLOSING_SOON';
  return 'OPEN';
}

/** A day (at UTC midnight, like stored dates) as an SQL date. */
export function sqlDate(day: Date): Prisma.Sql {
  return Prisma.sql`${day.toISOString().slice(0, 10)}::date`;
}

/** `programStatus` on a funding_program row, in SQL. */
export function statusSql(day: Date): Prisma.Sql {
  const date = sqlDate(day);
  return Prisma.sql`(CASE
    WHEN opens_on IS NULL AND closes_on IS NULL THEN 'PERMANENT'
    WHEN opens_on > ${date} THEN 'UPCOMING'
    WHEN closes_on < ${date} THEN 'CLOSED'
    WHEN closes_on <= ${date} + ${CLOSING_SOON_DAYS}::int THEN 'CLOSING_SOON'
    ELSE 'OPEN' END)`;
}
