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
      id: t.exposeID('id', { description: 'Id of the campaign (a UUID)' }),
      issuer: t.exposeString('issuer', { description: 'Who hands the vouchers out' }),
      funder: t.field({
        type: Funder,
        nullable: true,
        description: 'Who funds the campaign; null when not given',
        resolve: (campaign, _args, context) =>
          campaign.funderId ? funderOf(context, campaign.funderId) : null,
      }),
      region: t.field({
        type: RegionRef,
        nullable: true,
        description: 'Its territory when it is a région (else null)',
        resolve: territory('REGION'),
      }),
      department: t.field({
        type: DepartmentRef,
        nullable: true,
        description: 'Its territory when it is a département (else null)',
        resolve: territory('DEPARTMENT'),
      }),
      commune: t.field({
        type: CommuneRef,
        nullable: true,
        description: 'Its territory when it is a commune (else null)',
        resolve: territory('COMMUNE'),
      }),
      startsOn: t.expose('startsOn', { type: 'Date', description: 'First day of the campaign' }),
      endsOn: t.expose('endsOn', { type: 'Date', description: 'Last day of the campaign' }),
      vouchersIssued: t.exposeInt('vouchersIssued', { description: 'How many vouchers were handed out' }),
      vouchersUsed: t.exposeInt('vouchersUsed', { description: 'How many of them were spent' }),
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
  description: 'Every condition given must hold.',
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
  t.connection(
    {
      type: PassNumeriqueCampaign,
      nullable: true,
      description: 'Pass numérique campaigns, latest first.',
      args: {
        filter: t.arg({
          type: PassNumeriqueCampaignFilter,
          required: false,
          description: 'Without it, every campaign',
        }),
      },
      resolve: async (_root, { filter, ...args }, context) => {
        const where: Prisma.PassNumeriqueCampaignWhereInput = { archivedAt: null };
        if (filter?.territory) {
          assertKnownTerritory(filter.territory, 'filter.territory.code');
          Object.assign(where, {
            territoryKind: filter.territory.kind,
            territoryCode: filter.territory.code,
          });
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
    },
    { description: 'A page of Pass numérique campaigns, with the total count.' },
    { description: 'A Pass numérique campaign in a page, with its cursor.' },
  ),
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
