import { knownTerritoryCode, territoryExists } from '@passerelle/contracts/territories';
import { emailAddress, type InputIssues, idOf, webAddress } from '@passerelle/platform/validation';

/**
 * The rules a funding programme and a Pass numérique campaign follow, whoever writes them (the
 * editing mutations, the seed's tests).
 */

export interface ProgramFields {
  name: string;
  summary: string;
  funderId: string;
  kind: string;
  beneficiaries: string[];
  themes: string[];
  national: boolean;
  regionCodes: string[];
  departmentCodes: string[];
  minAmount: number | null;
  maxAmount: number | null;
  cofundingRate: number | null;
  opensOn: Date | null;
  closesOn: Date | null;
  link: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

/** Adds the programme's issues to `issues`, its fields under `input.`. */
export function checkProgram(program: ProgramFields, issues: InputIssues): void {
  const issue = (field: string, reason: string, value?: unknown) =>
    issues.add(`input.${field}`, reason, value);
  if (!program.name.trim() || program.name.length > 200) issue('name', 'must be 1 to 200 characters');
  if (!program.summary.trim() || program.summary.length > 4000)
    issue('summary', 'must be 1 to 4000 characters');
  if (!program.beneficiaries.length) issue('beneficiaries', 'name at least one beneficiary');
  if (!program.themes.length) issue('themes', 'name at least one theme');
  if (program.national && (program.regionCodes.length || program.departmentCodes.length)) {
    issue('national', 'a national programme lists no région or département');
  }
  if (!program.national && !program.regionCodes.length && !program.departmentCodes.length) {
    issue('regionCodes', 'a programme is national, or open to some régions or départements');
  }
  issues.checkEach('input.regionCodes', program.regionCodes, knownTerritoryCode('REGION'));
  issues.checkEach('input.departmentCodes', program.departmentCodes, knownTerritoryCode('DEPARTMENT'));
  for (const field of ['minAmount', 'maxAmount'] as const) {
    const amount = program[field];
    if (amount !== null && amount < 0) issue(field, 'must not be negative', amount);
  }
  if (program.minAmount !== null && program.maxAmount !== null && program.minAmount > program.maxAmount) {
    issue('maxAmount', 'must not be below minAmount', program.maxAmount);
  }
  if (program.cofundingRate !== null && (program.cofundingRate <= 0 || program.cofundingRate > 100)) {
    issue('cofundingRate', 'is a percentage, above 0 and at most 100', program.cofundingRate);
  }
  if (program.opensOn && program.closesOn && program.closesOn < program.opensOn) {
    issue('closesOn', 'must not be before opensOn', program.closesOn.toISOString().slice(0, 10));
  }
  issues.check('input.link', program.link, webAddress);
  issues.check('input.contactEmail', program.contactEmail, emailAddress);
}

export interface CampaignFields {
  issuer: string;
  territoryKind: string;
  territoryCode: string;
  startsOn: Date;
  endsOn: Date;
  vouchersIssued: number;
  vouchersUsed: number;
  acceptingPlaceIds: string[];
}

/** Adds the campaign's issues to `issues`, its fields under `input.`. */
export function checkCampaign(campaign: CampaignFields, issues: InputIssues): void {
  const issue = (field: string, reason: string, value?: unknown) =>
    issues.add(`input.${field}`, reason, value);
  if (!campaign.issuer.trim() || campaign.issuer.length > 200) issue('issuer', 'must be 1 to 200 characters');
  if (!territoryExists(campaign.territoryKind as 'REGION', campaign.territoryCode)) {
    issue('territory.code', `unknown ${campaign.territoryKind.toLowerCase()}`, campaign.territoryCode);
  }
  if (campaign.endsOn < campaign.startsOn)
    issue('endsOn', 'must not be before startsOn', campaign.endsOn.toISOString().slice(0, 10));
  if (campaign.vouchersIssued < 0) issue('vouchersIssued', 'must not be negative', campaign.vouchersIssued);
  if (campaign.vouchersUsed < 0 || campaign.vouchersUsed > campaign.vouchersIssued) {
    issue('vouchersUsed', 'must be between 0 and vouchersIssued', campaign.vouchersUsed);
  }
  issues.checkEach('input.acceptingPlaceIds', campaign.acceptingPlaceIds, idOf('place'));
}
