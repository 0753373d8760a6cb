import type { TerritoryKind } from '@passerelle/kit';
import { Place, PlaceConnection, placeConnection, placesOfTerritory } from './place';
import { CommuneRef, DepartmentRef, RegionRef } from './territories';

/** The directory adds `places` to the régions, départements and communes the governance subgraph owns. */
function addPlaces(territory: typeof RegionRef, kind: TerritoryKind): void {
  territory.implement({
    fields: (t) => ({
      code: t.exposeString('code'),
      places: t.connection(
        {
          type: Place,
          description: 'Places of digital mediation in this territory, by name.',
          resolve: ({ code }, args, context) =>
            placeConnection(context.prisma, placesOfTerritory({ kind, code }), args),
        },
        PlaceConnection,
      ),
    }),
  });
}

addPlaces(RegionRef, 'REGION');
addPlaces(DepartmentRef, 'DEPARTMENT');
addPlaces(CommuneRef, 'COMMUNE');
