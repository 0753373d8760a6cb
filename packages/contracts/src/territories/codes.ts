import { badUserInput } from '@passerelle/platform/errors';

/** INSEE code formats. A région and a département may share a code: a code is only meaningful with its kind. */
export const TERRITORY_CODE_PATTERNS = {
  REGION: /^\d{2}$/,
  DEPARTMENT: /^(\d{2}|2[AB]|97\d)$/,
  COMMUNE: /^([013-9]\d|2[AB1-9])\d{3}$/,
} as const;

export type TerritoryKind = keyof typeof TERRITORY_CODE_PATTERNS;

/** A kind's name in messages. */
export const TERRITORY_LABELS: Record<TerritoryKind, string> = {
  REGION: 'région',
  DEPARTMENT: 'département',
  COMMUNE: 'commune',
};

/** Rejects a malformed code with BAD_USER_INPUT, before any lookup (which would answer NOT_FOUND). */
export function assertTerritoryCode(kind: TerritoryKind, code: string, field = 'code'): void {
  if (!TERRITORY_CODE_PATTERNS[kind].test(code)) {
    throw badUserInput(`"${code}" is not a valid INSEE ${TERRITORY_LABELS[kind]} code`, field);
  }
}

/** The TerritoryKind GraphQL enum, shared by the subgraphs that take or return territories. */
export const TERRITORY_KIND_ENUM = {
  description:
    'A territory is identified by its kind and its INSEE code: région 84 and département 84 differ.',
  values: {
    REGION: { description: 'Région' },
    DEPARTMENT: { description: 'Département' },
    COMMUNE: { description: 'Commune (or municipal arrondissement of Paris, Lyon, Marseille)' },
  },
} as const;

/**
 * The descriptions of the territory types and of their `code`, the same in the governance subgraph
 * that owns them and in the subgraphs that refer to them (composition keeps one description).
 */
export const TERRITORY_TYPE_DESCRIPTIONS = {
  Region: 'A French région.',
  Department: 'A French département.',
  Commune: 'A French commune (Paris, Lyon and Marseille also have their municipal arrondissements).',
  code: 'INSEE code: two digits for a région ("75"), two or three characters for a département ("40", "2A", "974"), five for a commune ("40192")',
} as const;

function range(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}

/** Paris, Lyon and Marseille are communes made of municipal arrondissements, each with its own code. */
export const MUNICIPAL_ARRONDISSEMENTS: Record<string, string[]> = {
  '75056': range(75101, 75120),
  '69123': range(69381, 69389),
  '13055': range(13201, 13216),
};
