import { randomUUID } from 'node:crypto';
import {
  assertKnownTerritory,
  badUserInput,
  invalidInput,
  isUuid,
  notFound,
  requestLoader,
} from '@passerelle/kit';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { assertFundingEditor } from '../access';
import { builder } from '../builder';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { type CampaignFields, campaignIssues } from '../validate';
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

function campaignInput(name: string, forCreation: boolean) {
  return builder.inputType(name, {
    fields: (t) => ({
      issuer: t.string({ required: forCreation }),
      funderId: t.id({ required: false }),
      territory: t.field({ type: TerritoryInput, required: forCreation }),
      startsOn: t.field({ type: 'Date', required: forCreation }),
      endsOn: t.field({ type: 'Date', required: forCreation }),
      vouchersIssued: t.int({ required: forCreation }),
      vouchersUsed: t.int({ required: false }),
      acceptingPlaceIds: t.idList({ required: false }),
    }),
  });
}

const CampaignInput = campaignInput('PassNumeriqueCampaignInput', true);
const CampaignUpdateInput = campaignInput('PassNumeriqueCampaignUpdateInput', false);

type CampaignInputShape = typeof CampaignUpdateInput.$inferInput;
type StoredCampaign = CampaignFields & { funderId: string | null };

async function campaignData(prisma: PrismaClient, input: CampaignInputShape, base: StoredCampaign) {
  const campaign: StoredCampaign = {
    issuer: input.issuer ?? base.issuer,
    funderId:
      input.funderId === undefined ? base.funderId : input.funderId === null ? null : String(input.funderId),
    territoryKind: input.territory?.kind ?? base.territoryKind,
    territoryCode: input.territory?.code ?? base.territoryCode,
    startsOn: input.startsOn ?? base.startsOn,
    endsOn: input.endsOn ?? base.endsOn,
    vouchersIssued: input.vouchersIssued ?? base.vouchersIssued,
    vouchersUsed: input.vouchersUsed ?? base.vouchersUsed,
    acceptingPlaceIds: input.acceptingPlaceIds
      ? [...new Set(input.acceptingPlaceIds.map(String))]
      : base.acceptingPlaceIds,
  };
  const issues = campaignIssues(campaign);
  if (
    campaign.funderId &&
    !(isUuid(campaign.funderId) && (await prisma.funder.findUnique({ where: { id: campaign.funderId } })))
  ) {
    issues.push({ field: 'input.funderId', value: campaign.funderId, reason: 'no funder has this id' });
  }
  if (issues.length) throw invalidInput('campaign', issues);
  return campaign;
}

async function storedCampaign(prisma: PrismaClient, id: string) {
  if (!isUuid(id)) throw badUserInput(`"${id}" is not a campaign id`, 'id');
  const campaign = await prisma.passNumeriqueCampaign.findUnique({ where: { id, archivedAt: null } });
  if (!campaign) throw notFound('PassNumeriqueCampaign', id);
  return campaign;
}

const NEW_CAMPAIGN: StoredCampaign = {
  issuer: '',
  funderId: null,
  territoryKind: 'DEPARTMENT',
  territoryCode: '',
  startsOn: new Date(0),
  endsOn: new Date(0),
  vouchersIssued: 0,
  vouchersUsed: 0,
  acceptingPlaceIds: [],
};

builder.mutationFields((t) => ({
  createPassNumeriqueCampaign: t.prismaField({
    type: 'PassNumeriqueCampaign',
    description: 'For funding editors.',
    args: { input: t.arg({ type: CampaignInput }) },
    resolve: async (query, _root, { input }, context) => {
      assertFundingEditor(context.identity);
      const data = await campaignData(context.prisma, input, NEW_CAMPAIGN);
      return context.prisma.passNumeriqueCampaign.create({ ...query, data: { id: randomUUID(), ...data } });
    },
  }),
  updatePassNumeriqueCampaign: t.prismaField({
    type: 'PassNumeriqueCampaign',
    description: 'For funding editors: an omitted field keeps its value.',
    args: { id: t.arg.id(), input: t.arg({ type: CampaignUpdateInput }) },
    resolve: async (query, _root, { id, input }, context) => {
      assertFundingEditor(context.identity);
      const current = await storedCampaign(context.prisma, String(id));
      const data = await campaignData(context.prisma, input, current);
      return context.prisma.passNumeriqueCampaign.update({ ...query, where: { id: current.id }, data });
    },
  }),
  archivePassNumeriqueCampaign: t.prismaField({
    type: 'PassNumeriqueCampaign',
    description: 'For funding editors.',
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, context) => {
      assertFundingEditor(context.identity);
      const current = await storedCampaign(context.prisma, String(id));
      return context.prisma.passNumeriqueCampaign.update({
        ...query,
        where: { id: current.id },
        data: { archivedAt: new Date() },
      });
    },
  }),
}));
