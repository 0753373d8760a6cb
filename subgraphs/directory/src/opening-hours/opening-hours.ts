import OpeningHours from 'opening_hours';
import { fromWallClock, type OpeningZone, openingZoneOf, toWallClock } from './zones';

/**
 * Evaluates OpenStreetMap `opening_hours` strings (the standard's `horaires`) in the place's time
 * zone, with French public holidays. Parsing costs about a millisecond and many places share the
 * same hours, so parsed strings are cached per zone.
 */

const CACHE_SIZE = 5000;
const parsed = new Map<string, OpeningHours | null>();

/** A `PH` selector (comments, in quotes, left out): the hours say what happens on public holidays. */
const MENTIONS_PUBLIC_HOLIDAYS = /\bPH\b/i;

/**
 * The rules as evaluated: places close on public holidays unless their hours say otherwise
 * (opening_hours itself ignores holidays that the string does not mention).
 */
function withPublicHolidays(osm: string): string {
  return MENTIONS_PUBLIC_HOLIDAYS.test(osm.replace(/"[^"]*"/g, '')) ? osm : `${osm}; PH off`;
}

function parse(osm: string, zone: OpeningZone): OpeningHours | null {
  const key = `${zone.key}\u0000${osm}`;
  const cached = parsed.get(key);
  if (cached !== undefined) {
    // Refresh its place in the LRU order.
    parsed.delete(key);
    parsed.set(key, cached);
    return cached;
  }
  let hours: OpeningHours | null;
  try {
    // Coordinates only matter for sunrise/sunset rules; the holiday region is what counts here.
    hours = new OpeningHours(withPublicHolidays(osm), {
      lat: 46.6,
      lon: 2.4,
      address: { country_code: 'fr', state: zone.holidayState ?? '' },
    });
  } catch {
    hours = null;
  }
  parsed.set(key, hours);
  if (parsed.size > CACHE_SIZE) parsed.delete(parsed.keys().next().value as string);
  return hours;
}

export function isValidOpeningHours(osm: string): boolean {
  return parse(osm, openingZoneOf('75')) !== null;
}

/** Whether a place with these hours is open at `instant`; false when the hours cannot be read. */
export function isOpenAt(osm: string, departmentCode: string, instant: Date): boolean {
  const zone = openingZoneOf(departmentCode);
  const hours = parse(osm, zone);
  return hours ? hours.getState(toWallClock(instant, zone.timeZone)) : false;
}

export interface OpeningInterval {
  opens: string;
  closes: string;
  comment: string | null;
}

export interface OpeningDay {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  intervals: OpeningInterval[];
}

export interface OpeningHoursDescription {
  osm: string;
  isValid: boolean;
  isOpenNow: boolean | null;
  nextChange: Date | null;
  /** The seven days of the current week, Monday first, in the place's local time. */
  week: OpeningDay[];
}

const pad = (value: number) => String(value).padStart(2, '0');
const localDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const localTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

export function describeOpeningHours(
  osm: string,
  departmentCode: string,
  now: Date,
): OpeningHoursDescription {
  const zone = openingZoneOf(departmentCode);
  const hours = parse(osm, zone);
  if (!hours) return { osm, isValid: false, isOpenNow: null, nextChange: null, week: [] };
  const wallNow = toWallClock(now, zone.timeZone);
  const monday = new Date(
    wallNow.getFullYear(),
    wallNow.getMonth(),
    wallNow.getDate() - ((wallNow.getDay() + 6) % 7),
  );
  const week: OpeningDay[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset);
    const end = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset + 1);
    const intervals = hours.getOpenIntervals(start, end).map(([from, to, , comment]) => ({
      opens: localTime(from),
      // An interval running to midnight ends at the start of the next day.
      closes: to.getTime() === end.getTime() ? '24:00' : localTime(to),
      comment: comment ?? null,
    }));
    week.push({ date: localDate(start), intervals });
  }
  const next = hours.getNextChange(wallNow, new Date(wallNow.getTime() + 366 * 86_400_000));
  return {
    osm,
    isValid: true,
    isOpenNow: hours.getState(wallNow),
    nextChange: next ? fromWallClock(next, zone.timeZone) : null,
    week,
  };
}
