import { builder } from '../builder';
import { toPlaceFilter } from '../search/filter-input';
import { FACET_FIELDS, type PlaceFacetCounts, placeFacets } from '../search/place-facets';
import { compileForRequest, requestInstant } from '../search/request-filters';
import { labelOf, type VocabularyValue, valuesOf, vocabulary } from '../standard/vocabulary';
import { cacheOpenNowBriefly, PlaceFilterInput } from './place-filter';
import { DepartmentRef } from './territories';
import { vocabularyEnums } from './vocabulary';

interface FacetValue {
  value: string;
  count: number;
}

/** One facet type per counted field: every value of the standard, with its label and count. */
function facetType(field: (typeof FACET_FIELDS)[number]) {
  return builder.objectRef<FacetValue>(`${vocabulary[field].enumName}Facet`).implement({
    description: `A value of ${vocabulary[field].enumName} and how many matching places have it.`,
    fields: (t) => ({
      value: t.field({
        type: vocabularyEnums[field],
        description: 'The value of the standard',
        resolve: ({ value }) => value as never,
      }),
      label: t.string({
        description: 'Its French label, exactly as the standard writes it',
        resolve: ({ value }) => labelOf(field, value as VocabularyValue<typeof field>),
      }),
      count: t.exposeInt('count', {
        description: 'How many places matching the filter have this value (a place may have several)',
      }),
    }),
  });
}

const DepartmentFacet = builder.objectRef<{ code: string; count: number }>('DepartmentFacet').implement({
  description: 'A département and how many matching places it has.',
  fields: (t) => ({
    department: t.field({
      type: DepartmentRef,
      nullable: true,
      description: 'The département (its name and more from the governance subgraph)',
      resolve: ({ code }) => ({ code }),
    }),
    count: t.exposeInt('count', { description: 'How many places matching the filter it has' }),
  }),
});

const PlaceFacets = builder.objectRef<PlaceFacetCounts>('PlaceFacets').implement({
  description:
    'How many places match the filter, in all and for each value: what a filter panel and a map need.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'How many places match the filter' }),
    ...Object.fromEntries(
      FACET_FIELDS.map((field) => [
        field,
        t.field({
          type: [facetType(field)],
          description: 'Every value of the standard, in its order, with its count (0 included)',
          resolve: (facets) =>
            valuesOf(field).map((value) => ({
              value: value as string,
              count: facets.values[field].get(value as string) ?? 0,
            })),
        }),
      ]),
    ),
    departments: t.field({
      type: [DepartmentFacet],
      description: 'Départements that have matching places, most first',
      resolve: (facets) => facets.departments,
    }),
  }),
});

builder.queryField('placeFacets', (t) =>
  t.field({
    type: PlaceFacets,
    nullable: true,
    description:
      'Counts of the places matching the filter (the same filter as `places`), in all, per value of the counted fields and per département.',
    args: {
      filter: t.arg({
        type: PlaceFilterInput,
        required: false,
        description: 'Without it, every place of the directory is counted',
      }),
    },
    resolve: async (_root, { filter }, context, info) => {
      cacheOpenNowBriefly(filter, info);
      const compiled = await compileForRequest(context, toPlaceFilter(filter, requestInstant(context)));
      return placeFacets(context.prisma, compiled);
    },
  }),
);
