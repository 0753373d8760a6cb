import { formatDateTime, formatTime } from './format';

/** "Ouvert · ferme à 12:00", "Fermé · ouvre mardi 9 décembre 2026 à 09:00". */
export function openingStatus(
  hours: { isOpenNow: boolean | null; nextChange: string | null } | null,
): string | null {
  if (!hours || hours.isOpenNow === null) return null;
  const sameDay = hours.nextChange && new Date(hours.nextChange).getTime() - Date.now() < 12 * 3_600_000;
  const next = hours.nextChange
    ? sameDay
      ? `à ${formatTime(hours.nextChange)}`
      : `le ${formatDateTime(hours.nextChange)}`
    : null;
  if (hours.isOpenNow) return next ? `Ouvert maintenant · ferme ${next}` : 'Ouvert maintenant';
  return next ? `Fermé maintenant · ouvre ${next}` : 'Fermé maintenant';
}
