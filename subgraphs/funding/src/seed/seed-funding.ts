import { demoPlaceId, demoProgramId, stableId } from '@passerelle/contracts/ids';
import { normalizeForSearch } from '@passerelle/platform/validation';
import type { PrismaClient } from '../generated/prisma/client';
import { today } from '../programs/status';
import { CAMPAIGNS, FUNDERS, PROGRAMS } from './catalogue';

/** The demo directory places are demo-<département>-0001…; their ids follow from that. */

function daysFrom(day: Date, days: number | undefined): Date | null {
  return days === undefined ? null : new Date(day.getTime() + days * 86_400_000);
}

/** Funders, programmes and Pass numérique campaigns of the catalogue not there yet; returns how many were added. */
export async function seedFunding(prisma: PrismaClient, now = new Date()): Promise<number> {
  const day = today(now);
  const funderIds = Object.fromEntries(
    Object.entries(FUNDERS).map(([key, funder]) => [key, stableId('funder', funder.name)]),
  );
  const funders = await prisma.funder.createMany({
    skipDuplicates: true,
    data: Object.entries(FUNDERS).map(([key, funder]) => ({
      id: funderIds[key] as string,
      name: funder.name,
      kind: funder.kind,
      territoryKind: 'territory' in funder ? funder.territory.kind : null,
      territoryCode: 'territory' in funder ? funder.territory.code : null,
      website: funder.website,
    })),
  });
  const programs = await prisma.fundingProgram.createMany({
    skipDuplicates: true,
    data: PROGRAMS.map((program) => ({
      id: demoProgramId(program.slug),
      name: program.name,
      summary: program.summary,
      funderId: funderIds[program.funder] as string,
      kind: program.kind,
      beneficiaries: program.beneficiaries,
      themes: program.themes,
      national: !program.regionCodes && !program.departmentCodes,
      regionCodes: program.regionCodes ?? [],
      departmentCodes: program.departmentCodes ?? [],
      minAmount: program.minAmount ?? null,
      maxAmount: program.maxAmount ?? null,
      cofundingRate: program.cofundingRate ?? null,
      opensOn: daysFrom(day, program.opensInDays),
      closesOn: daysFrom(day, program.closesInDays),
      link: program.link,
      searchText: normalizeForSearch(`${program.name} ${program.summary} ${FUNDERS[program.funder].name}`),
    })),
  });
  const campaigns = await prisma.passNumeriqueCampaign.createMany({
    skipDuplicates: true,
    data: CAMPAIGNS.map((campaign) => ({
      id: stableId('pass-numerique-campaign', campaign.slug),
      issuer: campaign.issuer,
      funderId: funderIds[campaign.funder] as string,
      territoryKind: campaign.territory.kind,
      territoryCode: campaign.territory.code,
      startsOn: daysFrom(day, campaign.startsInDays) as Date,
      endsOn: daysFrom(day, campaign.endsInDays) as Date,
      vouchersIssued: campaign.vouchersIssued,
      vouchersUsed: campaign.vouchersUsed,
      acceptingPlaceIds: campaign.acceptingPlaces.flatMap(([department, count]) =>
        Array.from({ length: count }, (_, index) => demoPlaceId(department, index + 1)),
      ),
    })),
  });
  return funders.count + programs.count + campaigns.count;
}
