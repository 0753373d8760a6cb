const PARIS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Paris of an instant, read back as if it were UTC. */
function parisWallClock(instant: Date): number {
  const parts = Object.fromEntries(PARIS.formatToParts(instant).map((part) => [part.type, part.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
}

/**
 * The instant it is `time` (`HH:MM`, Europe/Paris) `days` days after the Paris date of `from`:
 * demo events are dated relative to the day the seed runs.
 */
export function parisTimeInDays(from: Date, days: number, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const today = new Date(parisWallClock(from));
  const wanted = Date.UTC(
    today.getUTCFullYear(),
    today.getUTCMonth(),
    today.getUTCDate() + days,
    hours,
    minutes,
  );
  // Paris is UTC+1 or UTC+2: correct the guess by the offset at that moment.
  const guess = new Date(wanted);
  return new Date(wanted - (parisWallClock(guess) - guess.getTime()));
}
