import { notFound } from '@passerelle/platform/errors';
import { checkedId, isUuid } from '@passerelle/platform/validation';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { completeness, isStale, missingRecommendedFields } from '../places/quality';
import { toPlaceFilter } from '../search/filter-input';
import type { PlaceFilter } from '../search/place-filter';
import { compileForRequest, requestInstant } from '../search/request-filters';
import { defaultSort, type PlaceWithDistance, searchPlaces } from '../search/search-places';
import type { VocabularyField } from '../standard/vocabulary';
import { OpeningHoursType } from './opening-hours';
import { askedSort, cacheOpenNowBriefly, PlaceFilterInput, PlaceSortEnum } from './place-filter';
import { CommuneRef, DepartmentRef, RegionRef } from './territories';
import { vocabularyEnums } from './vocabulary';

type PlaceRecord = Prisma.PlaceGetPayload<object>;

const GeoPoint = builder.objectRef<{ latitude: number; longitude: number }>('GeoPoint').implement({
  description: 'A position in WGS 84 degrees.',
  fields: (t) => ({
    latitude: t.exposeFloat('latitude', { description: 'Degrees north, from -90 to 90 (`latitude`)' }),
    longitude: t.exposeFloat('longitude', { description: 'Degrees east, from -180 to 180 (`longitude`)' }),
  }),
});

const PlaceAddress = builder.objectRef<PlaceRecord>('PlaceAddress').implement({
  description: 'Postal address, as published by the producer.',
  fields: (t) => ({
    street: t.exposeString('address', { description: 'Number and street (`adresse`)' }),
    complement: t.exposeString('addressComplement', { nullable: true, description: '`complement_adresse`' }),
    postalCode: t.exposeString('postalCode', { description: '`code_postal`' }),
    communeName: t.exposeString('communeName', { description: '`commune`, as written by the producer' }),
    communeCode: t.exposeString('communeCode', { nullable: true, description: 'INSEE code (`code_insee`)' }),
  }),
});

export const Place = builder.prismaObject('Place', {
  description:
    'A place of digital mediation (lieu de médiation numérique), following the national standard v1.0.2.',
  fields: (t) => {
    const enumList = <Field extends VocabularyField>(field: Field, description: string) =>
      t.field({ type: [vocabularyEnums[field]], description, resolve: (place) => place[field] as never });
    return {
      id: t.exposeID('id', {
        description: 'A UUID derived from its source and its id there: importing the source again keeps it',
      }),
      dataset: t.exposeString('dataset', {
        description: "The source the place was imported into (the import's --source)",
      }),
      externalId: t.exposeString('externalId', {
        description: "Its id in that source (the standard's `id`)",
      }),
      pivot: t.exposeString('pivot', { description: 'SIRET or RNA of the organisation running the place' }),
      name: t.exposeString('name', { description: '`nom`' }),
      address: t.field({ type: PlaceAddress, description: 'Postal address', resolve: (place) => place }),
      location: t.field({
        type: GeoPoint,
        nullable: true,
        description:
          'Null when the producer gave no coordinates (the place is then left out of geographic searches)',
        resolve: ({ latitude, longitude }) =>
          latitude != null && longitude != null ? { latitude, longitude } : null,
      }),
      distanceKm: t.float({
        nullable: true,
        description: 'Distance to `filter.near`, in a search around a point',
        resolve: (place) => (place as Partial<PlaceWithDistance>).distanceKm ?? null,
      }),
      commune: t.field({
        type: CommuneRef,
        nullable: true,
        description: 'Null when the commune is not known',
        resolve: ({ communeCode }) => (communeCode ? { code: communeCode } : null),
      }),
      // Nullable like every field another subgraph completes: its outage nulls only this field.
      department: t.field({
        type: DepartmentRef,
        nullable: true,
        description:
          'The département of the place (from the governance subgraph; null when it cannot answer)',
        resolve: ({ departmentCode }) => ({ code: departmentCode }),
      }),
      region: t.field({
        type: RegionRef,
        nullable: true,
        description: 'The région of the place (from the governance subgraph; null when it cannot answer)',
        resolve: ({ regionCode }) => ({ code: regionCode }),
      }),
      structureTypes: t.exposeStringList('structureTypes', {
        description: 'Structure-type codes of the data·inclusion typology (`typologie`): ASSO, BIB, MUNI...',
      }),
      phone: t.exposeString('phone', { nullable: true, description: 'International format (`telephone`)' }),
      emails: t.exposeStringList('emails', { description: '`courriels`' }),
      websites: t.exposeStringList('websites', {
        description: 'Websites and social-network pages (`site_web`), in the order given',
      }),
      website: t.string({
        nullable: true,
        description: 'The first of `websites`',
        deprecationReason: 'A place may have several websites: use `websites`',
        resolve: ({ websites }) => websites[0] ?? null,
      }),
      openingHours: t.field({
        type: OpeningHoursType,
        nullable: true,
        description: 'Opening hours (`horaires`); null when the producer gave none',
        resolve: ({ openingHours, departmentCode }) =>
          openingHours ? { osm: openingHours, departmentCode } : null,
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
      isStale: t.boolean({
        description: 'Not updated by its producer for 12 months',
        resolve: (place) => isStale(place, new Date()),
      }),
      completeness: t.float({
        description: 'Share of the recommended fields filled, from 0 to 1',
        resolve: (place) => completeness(place),
      }),
      missingRecommendedFields: t.stringList({
        description: "The recommended fields (the standard's column names) that are empty",
        resolve: (place) => missingRecommendedFields(place),
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
  { type: Place, name: 'PlaceConnection', description: 'A page of places, with the total count.' },
  { name: 'PlaceEdge', description: 'A place in a page, with its cursor.' },
);

builder.asEntity(Place, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) =>
    isUuid(id) ? context.prisma.place.findUnique({ where: { id, archivedAt: null } }) : null,
});

/** A page of places for the client's filter (inside the territory `within` when given) and sort. */
export function placesConnection(
  context: { prisma: PrismaClient },
  args: {
    filter?: typeof PlaceFilterInput.$inferInput | null;
    sort?: typeof PlaceSortEnum.$inferType | null;
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
  },
  within?: PlaceFilter['within'],
) {
  const filter: PlaceFilter = {
    ...toPlaceFilter(args.filter, requestInstant(context)),
    ...(within ? { within } : {}),
  };
  const asked = askedSort(args.sort, filter);
  let totalCount = 0;
  return resolveOffsetConnection({ args }, async ({ limit, offset }) => {
    const compiled = await compileForRequest(context, filter);
    const result = await searchPlaces(context.prisma, compiled, asked ?? defaultSort(compiled), {
      limit,
      offset,
    });
    totalCount = result.totalCount;
    return result.places;
  }).then((connection) => ({ ...connection, totalCount }));
}

builder.queryFields((t) => ({
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description: 'A place by its id; NOT_FOUND when no place (or an archived one) has it.',
    args: { id: t.arg.id({ description: 'The `id` of a Place' }) },
    resolve: async (query, _root, { id }, context) => {
      const place = await context.prisma.place.findUnique({
        ...query,
        where: { id: checkedId(id, 'place'), archivedAt: null },
      });
      if (!place) throw notFound('Place', String(id));
      return place;
    },
  }),
  places: t.connection(
    {
      type: Place,
      nullable: true,
      description:
        'Places matching the filter, in the order asked (by default: relevance, distance or name).',
      args: {
        filter: t.arg({ type: PlaceFilterInput, required: false, description: 'Without it, every place' }),
        sort: t.arg({ type: PlaceSortEnum, required: false, description: 'By default: see PlaceSort' }),
      },
      resolve: (_root, args, context, info) => {
        cacheOpenNowBriefly(args.filter, info);
        return placesConnection(context, args);
      },
    },
    PlaceConnection,
  ),
}));
