import type { PageContext, Route } from '../app';
import { communeField } from '../commune-field';
import { empty, pageTitle, skipLink } from '../components';
import { h, uniqueId } from '../dom';
import { formatDistance, plural } from '../format';
import {
  type PlaceFilter,
  PlacesSearch,
  type PlacesSearchResult,
  type PlacesSearchVariables,
} from '../generated/operations';
import { showPlacesOnMap } from '../map';
import { openingStatus } from '../opening-hours';
import { labelsOf, placeVocabulary, type Vocabulary } from '../vocabulary';

const PAGE_SIZE = 20;
const RADII = [2, 5, 10, 20, 50];
const DEFAULT_RADIUS = 10;

/** Every enumerated filter of the standard, with its name in the page's address and its legend. */
const FILTER_GROUPS = [
  { field: 'services', param: 'services', legend: 'Services proposés' },
  { field: 'specificPublics', param: 'publics', legend: 'Publics spécifiquement adressés' },
  { field: 'specificSupport', param: 'prise-en-charge', legend: 'Prise en charge spécifique' },
  { field: 'fees', param: 'frais', legend: 'Frais à charge' },
  { field: 'accessModes', param: 'acces', legend: "Modalités d'accès" },
  { field: 'supportModes', param: 'accompagnement', legend: "Modalités d'accompagnement" },
  { field: 'nationalPrograms', param: 'dispositifs', legend: 'Dispositifs et programmes nationaux' },
  { field: 'trainingLabels', param: 'labels', legend: 'Formations et labels' },
  { field: 'itinerance', param: 'itinerance', legend: 'Lieu fixe ou itinérant' },
] as const satisfies readonly {
  field: keyof Vocabulary & keyof PlaceFilter;
  param: string;
  legend: string;
}[];

type Facets = NonNullable<PlacesSearchResult['placeFacets']>;
type PlaceCard = NonNullable<PlacesSearchResult['places']>['edges'][number]['node'];

const listOf = (query: URLSearchParams, param: string) => (query.get(param) ?? '').split(',').filter(Boolean);

/** The graph's filter and page from the page's address, so that a search can be shared and go back. */
function searchOf(query: URLSearchParams): PlacesSearchVariables & { filter: PlaceFilter } {
  const radiusKm = Number(query.get('rayon') ?? DEFAULT_RADIUS) || DEFAULT_RADIUS;
  const commune = query.get('commune');
  const latitude = Number(query.get('lat'));
  const longitude = Number(query.get('lon'));
  const filter: PlaceFilter = {
    near: commune
      ? { communeCode: commune, radiusKm }
      : query.has('lat') && query.has('lon')
        ? { latitude, longitude, radiusKm }
        : undefined,
    text: query.get('texte') || undefined,
    openNow: query.get('ouvert') === '1' || undefined,
  };
  for (const group of FILTER_GROUPS) {
    const values = listOf(query, group.param);
    if (values.length) Object.assign(filter, { [group.field]: values });
  }
  const before = query.get('avant');
  return before
    ? { filter, last: PAGE_SIZE, before }
    : { filter, first: PAGE_SIZE, after: query.get('apres') ?? undefined };
}

function facetCount(facets: Facets | null, field: string, value: string): number | undefined {
  const counts = (facets as Record<string, { value: string; count: number }[] | number> | null)?.[field];
  return Array.isArray(counts) ? counts.find((entry) => entry.value === value)?.count : undefined;
}

function filterGroup(
  group: (typeof FILTER_GROUPS)[number],
  vocabulary: Vocabulary,
  facets: Facets | null,
  selected: string[],
): HTMLElement {
  const entries = vocabulary[group.field] as { value: string; label: string }[];
  return h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, group.legend),
    entries.map((entry) => {
      const id = uniqueId(group.param);
      const count = facetCount(facets, group.field, entry.value);
      return h(
        'div',
        { class: 'checkbox' },
        h('input', {
          type: 'checkbox',
          id,
          name: group.param,
          value: entry.value,
          checked: selected.includes(entry.value),
        }),
        h(
          'label',
          { for: id },
          entry.label,
          count === undefined ? null : h('span', { class: 'facet' }, ` (${count})`),
        ),
      );
    }),
  );
}

function placeCard(context: PageContext, place: PlaceCard, vocabulary: Vocabulary): HTMLElement {
  const status = openingStatus(place.openingHours);
  return h(
    'article',
    { class: 'card place-card' },
    h('h3', {}, h('a', { href: context.href(`/lieux/${place.id}`) }, place.name)),
    h(
      'p',
      { class: 'meta' },
      `${place.address.street}, ${place.address.postalCode} ${place.address.communeName}`,
      place.distanceKm === null ? null : ` · à ${formatDistance(place.distanceKm)}`,
    ),
    status ? h('p', { class: place.openingHours?.isOpenNow ? 'badge open' : 'badge closed' }, status) : null,
    h('p', {}, labelsOf(vocabulary, 'services', place.services).join(' · ')),
  );
}

/** The portal's first territory with a centre, where the map starts when nothing is found. */
function territoryCentre(context: PageContext): { latitude: number; longitude: number } {
  const { scope } = context.portal;
  const territory = scope.communes?.[0] ?? scope.departments?.[0] ?? scope.regions?.[0];
  return { latitude: territory?.latitude ?? 46.6, longitude: territory?.longitude ?? 2.4 };
}

/** The places search: where, which filters, then the list, the map and the pages. */
export const placesPage: Route = async (context, _params, query) => {
  const variables = searchOf(query);
  const [vocabulary, result] = await Promise.all([
    placeVocabulary(context),
    context.client.request(PlacesSearch, variables),
  ]);
  const places = result.places;
  const facets = result.placeFacets;
  const commune = communeField(context, query.get('commune') ?? undefined);
  const radius = query.get('rayon') ?? String(DEFAULT_RADIUS);
  const textId = uniqueId('texte');
  const radiusId = uniqueId('rayon');
  const openId = uniqueId('ouvert');
  const activeFilters = FILTER_GROUPS.reduce((sum, group) => sum + listOf(query, group.param).length, 0);

  const form: HTMLFormElement = h(
    'form',
    {
      role: 'search',
      'aria-label': 'Rechercher un lieu',
      class: 'search-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const data = new FormData(form);
        const next = new URLSearchParams();
        const code = commune.value();
        if (code) next.set('commune', code);
        else if (query.has('lat') && query.has('lon') && !commune.element.querySelector('input')?.value) {
          next.set('lat', query.get('lat') ?? '');
          next.set('lon', query.get('lon') ?? '');
        }
        if (code || next.has('lat')) next.set('rayon', String(data.get('rayon') ?? DEFAULT_RADIUS));
        const text = String(data.get('texte') ?? '').trim();
        if (text) next.set('texte', text);
        if (data.get('ouvert')) next.set('ouvert', '1');
        for (const group of FILTER_GROUPS) {
          const values = data.getAll(group.param).map(String);
          if (values.length) next.set(group.param, values.join(','));
        }
        context.navigate('/lieux', next);
      },
    },
    h(
      'fieldset',
      { class: 'where' },
      h('legend', {}, 'Où ?'),
      commune.element,
      h(
        'div',
        { class: 'field' },
        h('label', { for: radiusId }, 'Dans un rayon de'),
        h(
          'select',
          { id: radiusId, name: 'rayon' },
          RADII.map((km) => h('option', { value: String(km), selected: String(km) === radius }, `${km} km`)),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            navigator.geolocation?.getCurrentPosition(
              (position) =>
                context.navigate(
                  '/lieux',
                  new URLSearchParams({
                    lat: position.coords.latitude.toFixed(5),
                    lon: position.coords.longitude.toFixed(5),
                    rayon: radius,
                  }),
                ),
              () => context.announce("Votre position n'a pas pu être obtenue."),
            ),
        },
        'Autour de ma position',
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: textId }, 'Mots-clés (nom, commune, présentation)'),
      h('input', { id: textId, name: 'texte', type: 'search', value: query.get('texte') ?? '' }),
    ),
    h(
      'div',
      { class: 'checkbox' },
      h('input', {
        type: 'checkbox',
        id: openId,
        name: 'ouvert',
        value: '1',
        checked: query.get('ouvert') === '1',
      }),
      h('label', { for: openId }, 'Ouvert maintenant'),
    ),
    h(
      'details',
      { class: 'filters', open: activeFilters > 0 },
      h('summary', {}, activeFilters ? `Filtres (${activeFilters} choisis)` : 'Filtres'),
      h(
        'div',
        { class: 'filter-groups' },
        FILTER_GROUPS.map((group) => filterGroup(group, vocabulary, facets, listOf(query, group.param))),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit' }, 'Rechercher'),
      h('a', { href: context.href('/lieux'), class: 'button secondary' }, 'Effacer la recherche'),
    ),
  );

  const total = places?.totalCount ?? 0;
  const pageNumber = Number(query.get('page') ?? '1') || 1;
  const where = variables.filter.near
    ? ` à moins de ${variables.filter.near.radiusKm} km`
    : ' sur le territoire';
  const heading = `${plural(total, 'lieu trouvé', 'lieux trouvés')}${where}`;
  const edges = places?.edges ?? [];
  const list = edges.length
    ? h(
        'ol',
        { class: 'cards place-list', start: (pageNumber - 1) * PAGE_SIZE + 1 },
        edges.map(({ node }) => h('li', {}, placeCard(context, node, vocabulary))),
      )
    : empty('Aucun lieu ne correspond à cette recherche. Élargissez le rayon ou retirez des filtres.');
  const mapContainer = h('div', {
    class: 'map',
    id: 'carte',
    role: 'region',
    'aria-label': 'Carte des lieux de la page',
  });
  const pageLink = (label: string, cursorParam: string, cursor: string | null | undefined, page: number) => {
    if (!cursor) return null;
    const next = new URLSearchParams(query);
    next.delete('apres');
    next.delete('avant');
    next.delete('portal');
    next.set(cursorParam, cursor);
    next.set('page', String(page));
    return h('a', { href: context.href('/lieux', next), class: 'button secondary' }, label);
  };
  const paging = h(
    'nav',
    { 'aria-label': 'Pages de résultats', class: 'paging' },
    places?.pageInfo.hasPreviousPage || pageNumber > 1
      ? pageLink('Page précédente', 'avant', places?.pageInfo.startCursor, pageNumber - 1)
      : null,
    total > PAGE_SIZE ? h('span', {}, `Page ${pageNumber} sur ${Math.ceil(total / PAGE_SIZE)}`) : null,
    places?.pageInfo.hasNextPage
      ? pageLink('Page suivante', 'apres', places.pageInfo.endCursor, pageNumber + 1)
      : null,
  );
  const resultsId = uniqueId('resultats');
  const resultsHeading = h('h2', { id: resultsId }, heading);
  const points = edges.flatMap(({ node }) =>
    node.location
      ? [
          {
            id: node.id,
            name: node.name,
            latitude: node.location.latitude,
            longitude: node.location.longitude,
          },
        ]
      : [],
  );

  return {
    title: query.size ? `Lieux : ${heading}` : 'Trouver un lieu',
    content: h(
      'div',
      { class: 'places-page' },
      pageTitle('Trouver un lieu'),
      h(
        'p',
        {},
        "Cherchez un lieu où se faire accompagner au numérique près d'une commune, puis affinez avec les filtres.",
      ),
      h('p', {}, skipLink(`Aller aux résultats (${plural(total, 'lieu', 'lieux')})`, resultsHeading)),
      form,
      h(
        'section',
        { 'aria-labelledby': resultsId, class: 'results' },
        resultsHeading,
        h('div', { class: 'results-layout' }, h('div', {}, list, paging), mapContainer),
      ),
    ),
    mounted: () => {
      context.announce(heading);
      void showPlacesOnMap(mapContainer, points, points[0] ?? territoryCentre(context), (id) =>
        context.navigate(`/lieux/${id}`),
      );
    },
  };
};
