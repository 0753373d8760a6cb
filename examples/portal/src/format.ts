/** French formats of the graph's dates, times, amounts and distances, in Paris time. */
const TIME_ZONE = 'Europe/Paris';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const euroFormat = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A `Date` of the graph (YYYY-MM-DD): "5 décembre 2026". */
export const formatDate = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));
/** "vendredi 5 décembre". */
export const formatWeekday = (date: string) => weekdayFormat.format(new Date(`${date}T00:00:00Z`));
/** A `DateTime`: "vendredi 5 décembre 2026 à 10:00". */
export const formatDateTime = (instant: string) => dateTimeFormat.format(new Date(instant));
export const formatTime = (instant: string) => timeFormat.format(new Date(instant));
export const formatEuros = (amount: number) => euroFormat.format(amount);
export const formatNumber = (value: number) => numberFormat.format(value);
export const formatDistance = (km: number) => `${numberFormat.format(km)} km`;

/** "1 lieu", "12 lieux". */
export const plural = (count: number, one: string, many: string) =>
  `${numberFormat.format(count)} ${count > 1 ? many : one}`;
