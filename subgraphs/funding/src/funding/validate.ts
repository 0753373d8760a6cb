import { territoryExists } from '@passerelle/contracts/territories';
import { type InputIssue } from '@passerelle/platform/errors';
import { isUuid } from '@passerelle/platform/validation';

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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function programIssues(program: ProgramFields): InputIssue[] {
  const issues: InputIssue[] = [];
  const issue = (field: string, reason: string, value?: unknown) =>
    issues.push({
      field: `input.${field}`,
      reason,
      ...(value !== undefined ? { value: String(value) } : {}),
    });
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
  for (const code of program.regionCodes)
    if (!territoryExists('REGION', code)) issue('regionCodes', 'unknown région', code);
  for (const code of program.departmentCodes) {
    if (!territoryExists('DEPARTMENT', code)) issue('departmentCodes', 'unknown département', code);
  }
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
  if (program.link && !isWebAddress(program.link)) issue('link', 'is not a web address', program.link);
  if (program.contactEmail && !EMAIL.test(program.contactEmail))
    issue('contactEmail', 'is not an email address', program.contactEmail);
  return issues;
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

export function campaignIssues(campaign: CampaignFields): InputIssue[] {
  const issues: InputIssue[] = [];
  const issue = (field: string, reason: string, value?: unknown) =>
    issues.push({
      field: `input.${field}`,
      reason,
      ...(value !== undefined ? { value: String(value) } : {}),
    });
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
  for (const id of campaign.acceptingPlaceIds)
    if (!isUuid(id)) issue('acceptingPlaceIds', 'is not a place id', id);
  return issues;
}
