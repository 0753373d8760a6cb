/**
 * Where a place's hours are evaluated: its département's time zone (Europe/Paris for metropolitan
 * France and Corsica, local time overseas) and its public holidays (national ones, plus those of
 * Alsace-Moselle and of each overseas département, as the opening_hours package names them).
 */

export interface OpeningZone {
  /** Identifies the zone in caches. */
  key: string;
  timeZone: string;
  /** opening_hours' region for regional public holidays; undefined for national ones only. */
  holidayState: string | undefined;
}

const OVERSEAS: Record<string, [timeZone: string, holidayState: string]> = {
  '971': ['America/Guadeloupe', 'Guadeloupe'],
  '972': ['America/Martinique', 'Martinique'],
  '973': ['America/Cayenne', 'Guyane'],
  '974': ['Indian/Reunion', 'La Réunion'],
  '976': ['Indian/Mayotte', 'Mayotte'],
  '978': ['America/Marigot', 'Saint-Martin'],
};

const ALSACE_MOSELLE: Record<string, string> = { '57': 'Moselle', '67': 'Bas-Rhin', '68': 'Haut-Rhin' };

/** Départements whose time zone or public holidays differ from the rest of France. */
export const DEPARTMENTS_WITH_OWN_ZONE = [...Object.keys(ALSACE_MOSELLE), ...Object.keys(OVERSEAS)];

/** The zone of a département; its key is the département's code, or 'FR' for the common zone. */
export function openingZoneOf(departmentCode: string): OpeningZone {
  const overseas = OVERSEAS[departmentCode];
  if (overseas) return { key: departmentCode, timeZone: overseas[0], holidayState: overseas[1] };
  const state = ALSACE_MOSELLE[departmentCode];
  return { key: state ? departmentCode : 'FR', timeZone: 'Europe/Paris', holidayState: state };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): number[] {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(Number);
}

/**
 * opening_hours reads a Date's local fields (getDay, getHours). This gives the Date whose local
 * fields are the wall-clock time of `instant` in `timeZone`, whatever the server's own zone.
 */
export function toWallClock(instant: Date, timeZone: string): Date {
  const [year, month, day, hour, minute, second] = partsIn(instant, timeZone) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(year, month - 1, day, hour, minute, second);
}

/** The instant at which `timeZone`'s wall clock shows the local fields of `wallClock`. */
export function fromWallClock(wallClock: Date, timeZone: string): Date {
  const asUtc = Date.UTC(
    wallClock.getFullYear(),
    wallClock.getMonth(),
    wallClock.getDate(),
    wallClock.getHours(),
    wallClock.getMinutes(),
    wallClock.getSeconds(),
  );
  let instant = asUtc;
  // Two rounds settle the zone's offset, including across a daylight-saving change.
  for (let round = 0; round < 2; round++) {
    const [year, month, day, hour, minute, second] = partsIn(new Date(instant), timeZone) as number[];
    const shown = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second);
    instant += asUtc - shown;
  }
  return new Date(instant);
}
