import { badUserInput, notFound } from '@passerelle/kit';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { VocabularyField } from '../standard/vocabulary';
import {
  assertKnownTerritory,
  CommuneRef,
  DepartmentRef,
  RegionRef,
  TerritoryInput,
  type TerritoryReference,
} from './territories';
import { vocabularyEnums } from './vocabulary';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const GeoPoint = builder.objectRef<{ latitude: number; longitude: number }>('GeoPoint').implement({
  description: 'A position in WGS 84 degrees.',
  fields: (t) => ({ latitude: t.exposeFloat('latitude'), longitude: t.exposeFloat('longitude') }),
});

type PlaceRow = Prisma.PlaceGetPayload<object>;

const PlaceAddress = builder.objectRef<PlaceRow>('PlaceAddress').implement({
  description: 'Postal address, as published by the producer.',
  fields: (t) => ({
    street: t.exposeString('address', { description: 'Number and street (`adresse`)' }),
    complement: t.exposeString('addressComplement', { nullable: true, description: '`complement_adresse`' }),
    postalCode: t.exposeString('postalCode', { description: '`code_postal`' }),
    communeName: t.exposeString('communeName', { description: '`commune`, as written by the producer' }),
    communeCode: t.exposeString('communeCode', { nullable: true, description: 'INSEE code (`code_insee`)' }),
  }),
});

const OpeningHours = builder.objectRef<{ osm: string }>('OpeningHours').implement({
  description: 'Opening hours of the place.',
  fields: (t) => ({
    osm: t.exposeString('osm', {
      description: 'In OpenStreetMap opening_hours syntax (`horaires`), e.g. "Mo-Fr 09:00-12:00,14:00-18:00"',
    }),
  }),
});

export const Place = builder.prismaObject('Place', {
  description:
    'A place of digital mediation (lieu de médiation numérique), following the national standard v1.0.2.',
  fields: (t) => {
    const enumList = <Field extends VocabularyField>(field: Field, description: string) =>
      t.field({
        type: [vocabularyEnums[field]],
        description,
        resolve: (place) => place[field] as never,
      });
    return {
      id: t.exposeID('id'),
      dataset: t.exposeString('dataset', { description: 'The feed the place was imported from' }),
      externalId: t.exposeString('externalId', { description: "Its id in that feed (the standard's `id`)" }),
      pivot: t.exposeString('pivot', { description: 'SIRET or RNA of the organisation running the place' }),
      name: t.exposeString('name', { description: '`nom`' }),
      address: t.field({ type: PlaceAddress, resolve: (place) => place }),
      location: t.field({
        type: GeoPoint,
        nullable: true,
        description: 'Null when the producer gave no coordinates',
        resolve: ({ latitude, longitude }) =>
          latitude != null && longitude != null ? { latitude, longitude } : null,
      }),
      commune: t.field({
        type: CommuneRef,
        nullable: true,
        description: 'Null when the commune is not known',
        resolve: ({ communeCode }) => (communeCode ? { code: communeCode } : null),
      }),
      department: t.field({
        type: DepartmentRef,
        resolve: ({ departmentCode }) => ({ code: departmentCode }),
      }),
      region: t.field({ type: RegionRef, resolve: ({ regionCode }) => ({ code: regionCode }) }),
      structureTypes: t.exposeStringList('structureTypes', {
        description:
          'Structure-type codes of the data·inclusion typology (`typologie`): ASSO, BIB, MAIRIE...',
      }),
      phone: t.exposeString('phone', { nullable: true, description: 'International format (`telephone`)' }),
      emails: t.exposeStringList('emails', { description: '`courriels`' }),
      website: t.exposeString('website', { nullable: true, description: '`site_web`' }),
      openingHours: t.field({
        type: OpeningHours,
        nullable: true,
        resolve: ({ openingHours }) => (openingHours ? { osm: openingHours } : null),
      }),
      summary: t.exposeString('summary', { nullable: true, description: '`presentation_resume`' }),
      description: t.exposeString('description', { nullable: true, description: '`presentation_detail`' }),
      source: t.exposeString('source', { nullable: true, description: 'Producer of the record (`source`)' }),
      parentOrganization: t.exposeString('parentOrganization', {
        nullable: true,
        description: '`structure_parente`',
      }),
      updatedOn: t.expose('updatedOn', {
        type: 'Date',
        description: 'Last update by the producer (`date_maj`)',
      }),
      itinerance: enumList('itinerance', '`itinerance`'),
      services: enumList('services', '`services`'),
      specificPublics: enumList('specificPublics', '`publics_specifiquement_adresses`'),
      specificSupport: enumList('specificSupport', '`prise_en_charge_specifique`'),
      fees: enumList('fees', '`frais_a_charge`'),
      nationalPrograms: enumList('nationalPrograms', '`dispositif_programmes_nationaux`'),
      trainingLabels: enumList('trainingLabels', '`formations_labels`'),
      otherTrainingLabels: t.exposeStringList('otherTrainingLabels', {
        description: '`autres_formations_labels`',
      }),
      accessModes: enumList('accessModes', '`modalites_acces`'),
      supportModes: enumList('supportModes', '`modalites_accompagnement`'),
      accessibilitySheetUrl: t.exposeString('accessibilitySheetUrl', {
        nullable: true,
        description: 'Accessibility sheet (`fiche_acces_libre`)',
      }),
      appointmentUrl: t.exposeString('appointmentUrl', {
        nullable: true,
        description: 'Online booking (`prise_rdv`)',
      }),
    };
  },
});

export const PlaceConnection = builder.connectionObject(
  { type: Place, name: 'PlaceConnection' },
  { name: 'PlaceEdge' },
);

builder.asEntity(Place, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) =>
    UUID_PATTERN.test(id) ? context.prisma.place.findUnique({ where: { id, archivedAt: null } }) : null,
});

export const PlaceFilter = builder.inputType('PlaceFilter', {
  fields: (t) => ({
    territory: t.field({
      type: TerritoryInput,
      required: false,
      description: 'Only the places of this région, département or commune',
    }),
  }),
});

const TERRITORY_COLUMN = {
  REGION: 'regionCode',
  DEPARTMENT: 'departmentCode',
  COMMUNE: 'communeCode',
} as const;

export function placesOfTerritory(territory: TerritoryReference): Prisma.PlaceWhereInput {
  return { archivedAt: null, [TERRITORY_COLUMN[territory.kind]]: territory.code };
}

/** A page of places in name order, with the total count of the filter. */
export async function placeConnection(
  prisma: PrismaClient,
  where: Prisma.PlaceWhereInput,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
) {
  const [totalCount, connection] = await Promise.all([
    prisma.place.count({ where }),
    resolveOffsetConnection({ args }, ({ limit, offset }) =>
      prisma.place.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: limit, skip: offset }),
    ),
  ]);
  return { ...connection, totalCount };
}

builder.queryFields((t) => ({
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (query, _root, { id }, context) => {
      if (!UUID_PATTERN.test(String(id))) throw badUserInput(`"${id}" is not a place id`, 'id');
      const place = await context.prisma.place.findUnique({
        ...query,
        where: { id: String(id), archivedAt: null },
      });
      if (!place) throw notFound('Place', String(id));
      return place;
    },
  }),
  places: t.connection(
    {
      type: Place,
      description: 'Places matching the filter, by name.',
      args: { filter: t.arg({ type: PlaceFilter, required: false }) },
      resolve: (_root, args, context) => {
        const territory = args.filter?.territory;
        if (territory) assertKnownTerritory(territory, 'filter.territory.code');
        return placeConnection(
          context.prisma,
          territory ? placesOfTerritory(territory) : { archivedAt: null },
          args,
        );
      },
    },
    PlaceConnection,
  ),
}));
