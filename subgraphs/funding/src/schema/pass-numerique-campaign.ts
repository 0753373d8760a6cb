import { assertKnownTerritory } from '@passerelle/contracts/territory-types';
import { requestLoader } from '@passerelle/platform/subgraph';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Prisma } from '../generated/prisma/client';
import { Funder, funderOf } from './funder';
import { CommuneRef, DepartmentRef, PlaceRef, RegionRef, TerritoryInput } from './territories';

export const PassNumeriqueCampaign = builder.prismaObject('PassNumeriqueCampaign', {
  description: 'A Pass numérique campaign: vouchers handed out on a territory, spent in accepting places.',
  fields: (t) => {
    const territory = (kind: string) => (campaign: { territoryKind: string; territoryCode: string }) =>
      campaign.territoryKind === kind ? { code: campaign.territoryCode } : null;
    return {
      id: t.exposeID('id'),
      issuer: t.exposeString('issuer', { description: 'Who hands the vouchers out' }),
      funder: t.field({
        type: Funder,
        nullable: true,
        resolve: (campaign, _args, context) =>
          campaign.funderId ? funderOf(context, campaign.funderId) : null,
      }),
      region: t.field({ type: RegionRef, nullable: true, resolve: territory('REGION') }),
      department: t.field({ type: DepartmentRef, nullable: true, resolve: territory('DEPARTMENT') }),
      commune: t.field({ type: CommuneRef, nullable: true, resolve: territory('COMMUNE') }),
      startsOn: t.expose('startsOn', { type: 'Date' }),
      endsOn: t.expose('endsOn', { type: 'Date' }),
      vouchersIssued: t.exposeInt('vouchersIssued'),
      vouchersUsed: t.exposeInt('vouchersUsed'),
      usageRate: t.float({
        description: 'Share of the issued vouchers used, from 0 to 1',
        resolve: (campaign) =>
          campaign.vouchersIssued
            ? Math.round((campaign.vouchersUsed / campaign.vouchersIssued) * 1000) / 1000
            : 0,
      }),
      acceptingPlaces: t.field({
        type: [PlaceRef],
        nullable: true,
        description: 'Places where the vouchers are accepted',
        resolve: (campaign) => campaign.acceptingPlaceIds.map((id) => ({ id })),
      }),
    };
  },
});

const PassNumeriqueCampaignFilter = builder.inputType('PassNumeriqueCampaignFilter', {
  fields: (t) => ({
    territory: t.field({
      type: TerritoryInput,
      required: false,
      description: 'Campaigns of exactly this territory',
    }),
    activeOn: t.field({ type: 'Date', required: false, description: 'Running on this day' }),
  }),
});

builder.queryField('passNumeriqueCampaigns', (t) =>
  t.connection({
    type: PassNumeriqueCampaign,
    nullable: true,
    description: 'Pass numérique campaigns, latest first.',
    args: { filter: t.arg({ type: PassNumeriqueCampaignFilter, required: false }) },
    resolve: async (_root, { filter, ...args }, context) => {
      const where: Prisma.PassNumeriqueCampaignWhereInput = { archivedAt: null };
      if (filter?.territory) {
        assertKnownTerritory(filter.territory, 'filter.territory.code');
        Object.assign(where, { territoryKind: filter.territory.kind, territoryCode: filter.territory.code });
      }
      if (filter?.activeOn)
        Object.assign(where, { startsOn: { lte: filter.activeOn }, endsOn: { gte: filter.activeOn } });
      const [totalCount, connection] = await Promise.all([
        context.prisma.passNumeriqueCampaign.count({ where }),
        resolveOffsetConnection({ args }, ({ limit, offset }) =>
          context.prisma.passNumeriqueCampaign.findMany({
            where,
            orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
            take: limit,
            skip: offset,
          }),
        ),
      ]);
      return { ...connection, totalCount };
    },
  }),
);

/** The directory's places show the campaigns whose vouchers they accept. */
builder.objectFields(PlaceRef, (t) => ({
  passNumeriqueCampaigns: t.field({
    type: [PassNumeriqueCampaign],
    nullable: true,
    description: 'Pass numérique campaigns whose vouchers this place accepts, latest first',
    // Batched: the places of a list (or of `_entities`) cost one query together.
    resolve: ({ id }, _args, context) =>
      requestLoader(context, 'campaignsByPlace', async (placeIds: readonly string[]) => {
        const campaigns = await context.prisma.passNumeriqueCampaign.findMany({
          where: { archivedAt: null, acceptingPlaceIds: { hasSome: [...placeIds] } },
          orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
        });
        return placeIds.map((placeId) =>
          campaigns.filter((campaign) => campaign.acceptingPlaceIds.includes(placeId)),
        );
      }).load(id),
  }),
}));
