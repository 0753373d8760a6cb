import { territoryTypes } from '@passerelle/contracts/territory-types';
import { builder } from '../builder';

/** Territories are the governance subgraph's, places the directory's: funding refers to them. */
export const { TerritoryKind, TerritoryInput, RegionRef, DepartmentRef, CommuneRef } =
  territoryTypes(builder);

export const PlaceRef = builder.externalRef('Place', builder.selection<{ id: string }>('id'), ({ id }) => ({
  id,
}));
PlaceRef.implement({ fields: (t) => ({ id: t.exposeID('id') }) });
