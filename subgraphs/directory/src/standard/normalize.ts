import { isWebAddress } from '@passerelle/platform/validation';

/**
 * Normalisations producers' values need before they match the standard's patterns: phone numbers
 * in national format, web addresses without scheme, French dates, decimal commas.
 */

/** National prefixes of overseas numbers → international prefix (the standard's list). */
const OVERSEAS_PREFIXES: [national: RegExp, country: string][] = [
  [/^0(590|690|691)/, '+590'], // Guadeloupe, Saint-Martin, Saint-Barthélemy
  [/^0(594|694)/, '+594'], // Guyane
  [/^0(596|696|697)/, '+596'], // Martinique
  [/^0(262|692|693|269|639)/, '+262'], // La Réunion, Mayotte
  [/^0(508)/, '+508'], // Saint-Pierre-et-Miquelon
];

/** "05 58 12 34 56", "+33 (0)5 58…", "0590 12 34 56" → "+33558123456", "+590590123456". */
export function normalizePhone(raw: string): string {
  let phone = raw.replace(/[\s.\-/()]/g, '');
  phone = phone.replace(/^\+330/, '+33').replace(/^0033/, '+33');
  if (/^0\d{9}$/.test(phone)) {
    const overseas = OVERSEAS_PREFIXES.find(([national]) => national.test(phone));
    phone = overseas ? `${overseas[1]}${phone.slice(1)}` : `+33${phone.slice(1)}`;
  }
  return phone;
}

/** "www.mairie.fr" → "https://www.mairie.fr"; null when it is not a web address. */
export function normalizeUrl(raw: string): string | null {
  const candidate = /^https?:\/\//i.test(raw)
    ? raw
    : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(raw)
      ? `https://${raw}`
      : raw;
  return isWebAddress(candidate) ? candidate : null;
}

/** "2024-03-05", "2024-03-05T10:00:00Z", "05/03/2024" → the calendar date (UTC midnight); null if none. */
export function parseStandardDate(raw: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(raw);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? date : null;
}

/** "43,7102" or "43.7102" → 43.7102; null if not a number. */
export function parseDecimal(raw: string): number | null {
  const value = Number(raw.replace(',', '.'));
  return raw !== '' && Number.isFinite(value) ? value : null;
}

/** Splits a multi-valued cell on `|` (and, for free-text lists, the `;` or `,` producers use). */
export function splitValues(cell: string, separators: RegExp = /\|/): string[] {
  return cell
    .split(separators)
    .map((value) => value.trim())
    .filter(Boolean);
}
