import { territoryTypes } from '@passerelle/contracts/territory-types';
import { builder } from '../builder';

/** Territories are owned by the governance subgraph; the directory refers to them by code. */
export const { TerritoryKind, TerritoryInput, RegionRef, DepartmentRef, CommuneRef } =
  territoryTypes(builder);
