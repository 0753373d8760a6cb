import { assertKnownTerritory } from '@passerelle/contracts/territory-types';
import { assertMay, requireIdentity } from '@passerelle/platform/auth';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { checkedId } from '@passerelle/platform/validation';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Prisma } from '../generated/prisma/client';
import { dataManagers, manageEitherPlace, managePlace } from '../places/access';
import { type DuplicatePair, findDuplicates } from '../places/duplicates';
import { placeFieldsOf, placeRow } from '../places/place-row';
import type { PlaceFields } from '../standard/validate';
import { TerritoryInput } from './territories';

/** Data managers review likely duplicates, then merge them or say they are not. */

const DuplicateReason = builder.enumType('DuplicateReason', {
  description: 'Why two places are likely the same.',
  values: {
    SAME_PIVOT: { description: 'Same SIRET or RNA' },
    SIMILAR_NAME_NEARBY: { description: 'Alike names within 100 m' },
  } as const,
});

const PlaceDuplicate = builder.objectRef<DuplicatePair>('PlaceDuplicate').implement({
  description: 'Two places of the same département that are likely the same place.',
  fields: (t) => ({
    first: t.prismaField({
      type: 'Place',
      description: 'One of the two places (the one with the smaller id)',
      resolve: (query, pair, _args, context) =>
        context.prisma.place.findUniqueOrThrow({ ...query, where: { id: pair.firstId } }),
    }),
    second: t.prismaField({
      type: 'Place',
      description: 'The other place',
      resolve: (query, pair, _args, context) =>
        context.prisma.place.findUniqueOrThrow({ ...query, where: { id: pair.secondId } }),
    }),
    reasons: t.field({
      type: [DuplicateReason],
      description: 'Why they are listed (one reason or both)',
      resolve: (pair) => [
        ...(pair.samePivot ? (['SAME_PIVOT'] as const) : []),
        ...(pair.distanceMeters !== null && pair.distanceMeters <= 100 && pair.nameSimilarity >= 0.5
          ? (['SIMILAR_NAME_NEARBY'] as const)
          : []),
      ],
    }),
    nameSimilarity: t.exposeFloat('nameSimilarity', {
      description: 'From 0 to 1 (trigram similarity of the names)',
    }),
    distanceMeters: t.exposeFloat('distanceMeters', {
      nullable: true,
      description: 'Distance between them in metres, rounded; null when either has no coordinates',
    }),
  }),
});

function placeIds(ids: (string | number)[], field: string): string[] {
  return ids.map((id) => checkedId(id, 'place', field));
}

/** Fields a merge never takes from another place: identity, and the commune that goes with the address. */
const KEPT_AS_THEY_ARE = new Set<keyof PlaceFields>([
  'externalId',
  'communeCode',
  'departmentCode',
  'regionCode',
]);

/**
 * The kept place's empty fields, filled from the merged places (the first that has a value;
 * latitude and longitude are set or empty together, so they come from the same place).
 */
function filledFields(kept: PlaceFields, merged: PlaceFields[]): PlaceFields {
  const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);
  const result: Record<string, unknown> = { ...kept };
  for (const key of Object.keys(kept) as (keyof PlaceFields)[]) {
    if (KEPT_AS_THEY_ARE.has(key) || !isEmpty(kept[key])) continue;
    const donor = merged.find((place) => !isEmpty(place[key]));
    if (donor) result[key] = donor[key];
  }
  return result as unknown as PlaceFields;
}

builder.queryField('placeDuplicates', (t) =>
  t.connection(
    {
      type: PlaceDuplicate,
      nullable: true,
      description: 'Likely duplicates among the places of a territory that you manage, most likely first.',
      args: { territory: t.arg({ type: TerritoryInput, description: 'Where to look for duplicates' }) },
      authScopes: dataManagers,
      resolve: async (_root, args, context) => {
        const caller = requireIdentity(context.identity); // signed in: authScopes said so
        assertKnownTerritory(args.territory, 'territory.code');
        let totalCount = 0;
        const connection = await resolveOffsetConnection({ args }, async (page) => {
          const result = await findDuplicates(context.prisma, [args.territory], caller, page);
          totalCount =
            result.totalCount ||
            (page.offset
              ? (await findDuplicates(context.prisma, [args.territory], caller, { limit: 1, offset: 0 }))
                  .totalCount
              : 0);
          return result.pairs;
        });
        return { ...connection, totalCount };
      },
    },
    { description: 'A page of likely duplicates, with the total count.' },
    { description: 'A likely duplicate in a page, with its cursor.' },
  ),
);

builder.mutationFields((t) => ({
  mergePlaces: t.prismaField({
    type: 'Place',
    description:
      'Keeps one place, fills its empty fields from the others, archives the others (merged into it) and moves their open reports to it.',
    args: {
      keepId: t.arg.id({ description: 'The place to keep' }),
      mergeIds: t.arg.idList({ description: 'The places merged into it, then archived' }),
    },
    authScopes: dataManagers,
    resolve: async (query, _root, args, context) => {
      const [keepId] = placeIds([args.keepId], 'keepId') as [string];
      const mergeIds = [...new Set(placeIds(args.mergeIds, 'mergeIds'))];
      if (!mergeIds.length || mergeIds.includes(keepId)) {
        throw badUserInput('mergeIds must list other places than keepId', 'mergeIds');
      }
      const places = await context.prisma.place.findMany({
        where: { id: { in: [keepId, ...mergeIds] }, archivedAt: null },
      });
      for (const id of [keepId, ...mergeIds])
        if (!places.some((place) => place.id === id)) throw notFound('Place', id);
      for (const place of places) assertMay(context.identity, managePlace, place);
      const kept = places.find((place) => place.id === keepId) as (typeof places)[number];
      const merged = places.filter((place) => place.id !== keepId);
      const fields = filledFields(placeFieldsOf(kept), merged.map(placeFieldsOf));
      const [, , , result] = await context.prisma.$transaction([
        context.prisma.place.updateMany({
          where: { id: { in: mergeIds } },
          data: { archivedAt: new Date(), mergedIntoId: keepId },
        }),
        context.prisma.placeIssueReport.updateMany({
          where: { placeId: { in: mergeIds }, status: 'OPEN' },
          data: { placeId: keepId },
        }),
        context.prisma.placeDuplicateDismissal.deleteMany({
          where: { OR: [{ firstPlaceId: { in: mergeIds } }, { secondPlaceId: { in: mergeIds } }] },
        }),
        context.prisma.place.update({
          ...query,
          where: { id: keepId },
          data: placeRow(kept.dataset, fields),
        }),
      ]);
      return result;
    },
  }),
  dismissDuplicate: t.boolean({
    description: 'Says two places are not duplicates: the pair is no longer listed.',
    args: {
      firstId: t.arg.id({ description: 'One place of the pair' }),
      secondId: t.arg.id({ description: 'The other place' }),
    },
    authScopes: dataManagers,
    resolve: async (_root, args, context) => {
      const caller = requireIdentity(context.identity); // signed in: authScopes said so
      const [a, b] = placeIds([args.firstId, args.secondId], 'firstId').sort() as [string, string];
      if (a === b) throw badUserInput('two different places are needed', 'secondId');
      const places = await context.prisma.place.findMany({ where: { id: { in: [a, b] } } });
      if (places.length !== 2) throw notFound('Place', places.some((place) => place.id === a) ? b : a);
      assertMay(caller, manageEitherPlace, places);
      const pair: Prisma.PlaceDuplicateDismissalFirstPlaceIdSecondPlaceIdCompoundUniqueInput = {
        firstPlaceId: a,
        secondPlaceId: b,
      };
      await context.prisma.placeDuplicateDismissal.upsert({
        where: { firstPlaceId_secondPlaceId: pair },
        create: { ...pair, dismissedBy: caller.subject },
        update: { dismissedBy: caller.subject, dismissedAt: new Date() },
      });
      return true;
    },
  }),
}));
