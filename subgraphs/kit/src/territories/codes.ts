import { badUserInput } from '../errors';

/** INSEE code formats. A région and a département may share a code: a code is only meaningful with its kind. */
export const TERRITORY_CODE_PATTERNS = {
  REGION: /^\d{2}$/,
  DEPARTMENT: /^(\d{2}|2[AB]|97\d)$/,
  COMMUNE: /^([013-9]\d|2[AB1-9])\d{3}$/,
} as const;

export type TerritoryKind = keyof typeof TERRITORY_CODE_PATTERNS;

const LABELS: Record<TerritoryKind, string> = {
  REGION: 'région',
  DEPARTMENT: 'département',
  COMMUNE: 'commune',
};

/** Rejects a malformed code with BAD_USER_INPUT, before any lookup (which would answer NOT_FOUND). */
export function assertTerritoryCode(kind: TerritoryKind, code: string, field = 'code'): void {
  if (!TERRITORY_CODE_PATTERNS[kind].test(code)) {
    throw badUserInput(`"${code}" is not a valid INSEE ${LABELS[kind]} code`, field);
  }
}
