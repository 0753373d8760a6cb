/**
 * The form names are compared in: lower case, accents removed, hyphens and apostrophes as spaces,
 * so "ile de france" matches "Île-de-France" and "saint etienne" matches "Saint-Étienne".
 */
export function normalizeForSearch(text: string): string {
  return (
    text
      .normalize('NFD')
      // Combining marks only: twice as fast as \p{Diacritic}, and what decomposed letters carry.
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why a text cannot be stored or compared, or undefined when it can: PostgreSQL refuses NUL in text
 * (and the whole statement with it), and a lone UTF-16 surrogate cannot be encoded as UTF-8.
 */
export function unsafeTextReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}
