import type { AuthScopes } from '@passerelle/platform/auth';

/**
 * Who may write what in the funding subgraph. Each mutation declares who may call it
 * (`authScopes`); a rule that depends on the row written would be an AccessRule here, checked with
 * `assertMay` once the row is known, as in the other subgraphs' access.ts.
 */

/**
 * Funders, funding programmes and Pass numérique campaigns are edited by funding editors (and
 * admins). Funding editors are national: no rule depends on the programme or campaign.
 */
export const fundingEditors = { fundingEditor: true } as const satisfies Partial<AuthScopes>;
