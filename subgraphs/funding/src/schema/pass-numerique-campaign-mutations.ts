import { randomUUID } from 'node:crypto';
import { notFound } from '@passerelle/platform/errors';
import { checkedId, InputIssues, isUuid } from '@passerelle/platform/validation';
import { builder } from '../builder';
import { fundingEditors } from '../funding/access';
import { type CampaignFields, checkCampaign } from '../funding/validate';
import type { PrismaClient } from '../generated/prisma/client';
import { TerritoryInput } from './territories';

/** Funding editors create, update and archive Pass numérique campaigns. */

function campaignInput(name: string, forCreation: boolean) {
  return builder.inputType(name, {
    description: forCreation
      ? 'A new Pass numérique campaign, checked before it is stored.'
      : 'What changes in a campaign: an omitted field keeps its value.',
    fields: (t) => ({
      issuer: t.string({
        required: forCreation,
        description: 'Who hands the vouchers out, 1 to 200 characters',
      }),
      funderId: t.id({ required: false, description: 'The `id` of an existing Funder; null for none' }),
      territory: t.field({
        type: TerritoryInput,
        required: forCreation,
        description: 'Where the vouchers are handed out',
      }),
      startsOn: t.field({ type: 'Date', required: forCreation, description: 'First day of the campaign' }),
      endsOn: t.field({ type: 'Date', required: forCreation, description: 'Last day, not before startsOn' }),
      vouchersIssued: t.int({ required: forCreation, description: 'Vouchers handed out, not negative' }),
      vouchersUsed: t.int({
        required: false,
        description: 'Vouchers spent, from 0 to vouchersIssued (0 for a new campaign when omitted)',
      }),
      acceptingPlaceIds: t.idList({
        required: false,
        description:
          'Ids of the directory places that accept the vouchers (the whole list; duplicates dropped)',
      }),
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
  const issues = new InputIssues('campaign');
  checkCampaign(campaign, issues);
  if (
    campaign.funderId &&
    !(isUuid(campaign.funderId) && (await prisma.funder.findUnique({ where: { id: campaign.funderId } })))
  ) {
    issues.add('input.funderId', 'no funder has this id', campaign.funderId);
  }
  issues.throwIfAny();
  return campaign;
}

async function storedCampaign(prisma: PrismaClient, id: string | number) {
  const campaign = await prisma.passNumeriqueCampaign.findUnique({
    where: { id: checkedId(id, 'campaign'), archivedAt: null },
  });
  if (!campaign) throw notFound('PassNumeriqueCampaign', String(id));
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
    args: { input: t.arg({ type: CampaignInput, description: 'The campaign' }) },
    authScopes: fundingEditors,
    resolve: async (query, _root, { input }, context) => {
      const data = await campaignData(context.prisma, input, NEW_CAMPAIGN);
      return context.prisma.passNumeriqueCampaign.create({ ...query, data: { id: randomUUID(), ...data } });
    },
  }),
  updatePassNumeriqueCampaign: t.prismaField({
    type: 'PassNumeriqueCampaign',
    description: 'For funding editors: an omitted field keeps its value.',
    args: {
      id: t.arg.id({ description: 'The `id` of the campaign' }),
      input: t.arg({ type: CampaignUpdateInput, description: 'The fields that change' }),
    },
    authScopes: fundingEditors,
    resolve: async (query, _root, { id, input }, context) => {
      const current = await storedCampaign(context.prisma, id);
      const data = await campaignData(context.prisma, input, current);
      return context.prisma.passNumeriqueCampaign.update({ ...query, where: { id: current.id }, data });
    },
  }),
  archivePassNumeriqueCampaign: t.prismaField({
    type: 'PassNumeriqueCampaign',
    description: 'For funding editors.',
    args: { id: t.arg.id({ description: 'The `id` of the campaign' }) },
    authScopes: fundingEditors,
    resolve: async (query, _root, { id }, context) => {
      const current = await storedCampaign(context.prisma, id);
      return context.prisma.passNumeriqueCampaign.update({
        ...query,
        where: { id: current.id },
        data: { archivedAt: new Date() },
      });
    },
  }),
}));
