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
