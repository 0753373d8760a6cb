import { PATTERNS } from '../standard/columns';

/**
 * CSV exports are opened in spreadsheets, which run a cell starting with `=`, `+`, `-` or `@` (or a
 * tab or carriage return before one) as a formula: a place named `=HYPERLINK(…)` would turn an
 * export into a phishing link. Such cells get a leading `'` (OWASP's rule), which spreadsheets show
 * as text, unless the value is valid for its column as the standard defines it: a telephone
 * `+33…` or a negative longitude stays exactly as it is, so the export still validates.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Columns the standard types as numbers: a valid value there is a number, never a formula. */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['latitude', 'longitude']);

/** v1.0.2 and v0.1 name these columns alike. */
const COLUMN_PATTERNS: Partial<Record<string, RegExp>> = PATTERNS;

function isValidForColumn(column: string, value: string): boolean {
  if (NUMBER_COLUMNS.has(column)) return value.trim() !== '' && Number.isFinite(Number(value));
  return COLUMN_PATTERNS[column]?.test(value) ?? false;
}

/** The cell as a spreadsheet will show it, never run it. */
export function neutralizeFormula(column: string, value: string): string {
  return FORMULA_START.test(value) && !isValidForColumn(column, value) ? `'${value}` : value;
}
