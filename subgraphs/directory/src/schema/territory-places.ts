import type { TerritoryKind } from '@passerelle/contracts/territories';
import { builder } from '../builder';
import { Place, PlaceConnection, placesConnection } from './place';
import { cacheOpenNowBriefly, PlaceFilterInput, PlaceSortEnum } from './place-filter';
import { CommuneRef, DepartmentRef, RegionRef } from './territories';

/** The directory adds `places` to the régions, départements and communes the governance subgraph owns. */
function addPlaces(territory: typeof RegionRef, kind: TerritoryKind): void {
  builder.objectFields(territory, (t) => ({
    places: t.connection(
      {
        type: Place,
        nullable: true,
        description: 'Places of digital mediation in this territory, filtered and sorted like `places`.',
        args: {
          filter: t.arg({
            type: PlaceFilterInput,
            required: false,
            description: 'Further conditions, within this territory',
          }),
          sort: t.arg({ type: PlaceSortEnum, required: false, description: 'By default: see PlaceSort' }),
        },
        resolve: ({ code }, args, context, info) => {
          cacheOpenNowBriefly(args.filter, info);
          return placesConnection(context, args, { kind, code });
        },
      },
      PlaceConnection,
    ),
  }));
}

addPlaces(RegionRef, 'REGION');
addPlaces(DepartmentRef, 'DEPARTMENT');
addPlaces(CommuneRef, 'COMMUNE');
