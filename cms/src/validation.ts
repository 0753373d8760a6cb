import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIENCES, CONTENT_THEMES } from './vocabulary';

/**
 * What Strapi's schemas cannot say: lists of vocabulary values and of ids (JSON fields),
 * territory codes that fit their kind, periods that end after they start. Checked on every write
 * (admin panel and API alike); a bad value is refused with a message naming the field.
 */

const EDITORIAL_API = 'api::';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TERRITORY_CODE: Record<string, RegExp> = {
  REGION: /^[0-9]{2}$/,
  DEPARTMENT: /^([0-9]{2}|2[AB]|97[1-8])$/,
  COMMUNE: /^([0-9]{5}|2[AB][0-9]{3})$/,
};

type Data = Record<string, unknown>;

function fail(field: string, message: string): never {
  throw new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message }] });
}

/**
 * A JSON field's list. The admin panel sends a JSON field as the text typed in its editor
 * (`"[\"CITIZENS\"]"`), the REST API as a list: the text is parsed, and stored as the list.
 */
function listOf(data: Data, field: string, example: string): unknown[] | undefined {
  let value = data[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      fail(field, `must be a list such as ${example}`);
    }
  }
  if (!Array.isArray(value)) fail(field, `must be a list such as ${example}`);
  data[field] = value;
  return value;
}

function checkValues(data: Data, field: string, allowed: Record<string, string>): void {
  const value = listOf(data, field, `["${Object.keys(allowed)[0]}"]`);
  for (const item of value ?? []) {
    if (typeof item !== 'string' || !(item in allowed)) {
      fail(field, `${JSON.stringify(item)} is not one of ${Object.keys(allowed).join(', ')}`);
    }
  }
}

function checkIds(data: Data, field: string): void {
  const value = listOf(data, field, '["2f1c…-…"] (ids)');
  for (const item of value ?? []) {
    if (typeof item !== 'string' || !UUID.test(item))
      fail(field, `${JSON.stringify(item)} is not an id (UUID)`);
  }
}

function checkTerritories(data: Data, field: string): void {
  const value = data[field];
  if (value === undefined || value === null) return;
  for (const territory of Array.isArray(value) ? value : [value]) {
    const { kind, code } = (territory ?? {}) as { kind?: unknown; code?: unknown };
    const pattern = typeof kind === 'string' ? TERRITORY_CODE[kind] : undefined;
    if (pattern && typeof code === 'string' && !pattern.test(code)) {
      fail(field, `${code} is not the INSEE code of a ${String(kind).toLowerCase()}`);
    }
  }
}

function checkPeriod(data: Data, start: string, end: string): void {
  const from = data[start];
  const to = data[end];
  if (typeof from === 'string' && typeof to === 'string' && new Date(to) < new Date(from)) {
    fail(end, `must not be before ${start}`);
  }
}

const checksByType: Record<string, (data: Data) => void> = {
  'api::guide.guide': (data) => {
    checkValues(data, 'audiences', AUDIENCES);
    checkValues(data, 'themes', CONTENT_THEMES);
    checkIds(data, 'fundingProgramIds');
    checkIds(data, 'placeIds');
    checkTerritories(data, 'territories');
  },
  'api::practice.practice': (data) => {
    checkValues(data, 'themes', CONTENT_THEMES);
    checkIds(data, 'placeIds');
    checkTerritories(data, 'territory');
    checkPeriod(data, 'startDate', 'endDate');
  },
  'api::resource.resource': (data) => {
    checkValues(data, 'audiences', AUDIENCES);
    checkValues(data, 'themes', CONTENT_THEMES);
  },
  'api::event.event': (data) => {
    checkValues(data, 'audiences', AUDIENCES);
    checkTerritories(data, 'territory');
    checkPeriod(data, 'startsAt', 'endsAt');
  },
  'api::portal.portal': (data) => {
    checkTerritories(data, 'territories');
  },
};

export const validateEditorialContent: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid.startsWith(EDITORIAL_API) && (context.action === 'create' || context.action === 'update')) {
    const data = (context.params as { data?: Data }).data;
    if (data) checksByType[context.uid]?.(data);
  }
  return next();
};

export function registerContentValidation(strapi: Core.Strapi): void {
  strapi.documents.use(validateEditorialContent);
}
