import { territoryTypes } from '@passerelle/contracts/territory-types';
import { builder } from '../builder';

/** Territories are the governance subgraph's, places the directory's, programmes funding's. */
export const { TerritoryInput, RegionRef, DepartmentRef, CommuneRef } = territoryTypes(builder);

const byId = builder.selection<{ id: string }>('id');

export const PlaceRef = builder.externalRef('Place', byId, ({ id }) => ({ id }));
PlaceRef.implement({ fields: (t) => ({ id: t.exposeID('id') }) });

export const FundingProgramRef = builder.externalRef('FundingProgram', byId, ({ id }) => ({ id }));
FundingProgramRef.implement({ fields: (t) => ({ id: t.exposeID('id') }) });
