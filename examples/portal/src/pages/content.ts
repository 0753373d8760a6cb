import type { PageContext, Route } from '../app';
import {
  card,
  eventCard,
  eventWhen,
  facts,
  growingList,
  guideCard,
  pageTitle,
  practiceCard,
  section,
} from '../components';
import { h, uniqueId } from '../dom';
import { formatDate, plural } from '../format';
import type { EventCardFragment, GuideCardFragment, PracticeCardFragment } from '../generated/operations';
import {
  type Audience,
  Event as EventQuery,
  Events,
  Guide,
  Guides,
  Practice,
  Practices,
  Resources,
  type ResourcesResult,
  StaticPage,
} from '../generated/operations';
import { GraphQLRequestError } from '../graphql-client';
import { AUDIENCES, RESOURCE_KINDS } from '../labels';
import { renderMarkdown } from '../markdown';

type Connection<Item> = {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: Item }[];
} | null;
type Resource = NonNullable<ResourcesResult['resources']>['edges'][number]['node'];

const notFound = (what: string) =>
  new GraphQLRequestError(`${what} n'existe pas ou n'est plus publié.`, 'NOT_FOUND');

/** A list page over a connection of the graph, a page at a time. */
async function listPage<Item>(
  context: PageContext,
  options: {
    title: string;
    intro: string;
    filters?: Node;
    load: (after: string | undefined) => Promise<Connection<Item>>;
    render: (item: Item) => Node;
    emptyText: string;
    counted: [string, string];
  },
) {
  let total = 0;
  const list = growingList<Item>({
    load: async (after) => {
      const page = await options.load(after);
      total = page?.totalCount ?? 0;
      return {
        nodes: (page?.edges ?? []).map(({ node }) => node),
        endCursor: page?.pageInfo.endCursor ?? null,
        hasNextPage: page?.pageInfo.hasNextPage ?? false,
      };
    },
    render: options.render,
    emptyText: options.emptyText,
    announce: context.announce,
  });
  await list.ready;
  return {
    title: options.title,
    content: h(
      'div',
      {},
      pageTitle(options.title),
      h('p', {}, options.intro),
      options.filters ?? null,
      h('h2', {}, plural(total, ...options.counted)),
      list.element,
    ),
  };
}

function filterForm(context: PageContext, path: string, fields: Node[]): HTMLFormElement {
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'filters-inline',
      'aria-label': 'Filtrer la liste',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const next = new URLSearchParams();
        for (const [name, value] of new FormData(form)) if (value) next.set(name, String(value));
        context.navigate(path, next);
      },
    },
    ...fields,
    h('button', { type: 'submit' }, 'Filtrer'),
  );
  return form;
}

function select(
  name: string,
  label: string,
  entries: [string, string][],
  selected: string | null,
): HTMLElement {
  const id = uniqueId(name);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      entries.map(([value, text]) => h('option', { value, selected: selected === value }, text)),
    ),
  );
}

const linkedPlaces = (
  context: PageContext,
  places: { id: string; name: string; address: { communeName: string } }[] | null,
) =>
  places?.length
    ? section(
        'Lieux concernés',
        h(
          'ul',
          {},
          places.map((place) =>
            h(
              'li',
              {},
              h('a', { href: context.href(`/lieux/${place.id}`) }, place.name),
              ` (${place.address.communeName})`,
            ),
          ),
        ),
      )
    : null;

export const guidesPage: Route = async (context, _params, query) => {
  const text = query.get('texte') || undefined;
  const audience = (query.get('public') as Audience | null) || undefined;
  const textId = uniqueId('texte');
  return listPage<GuideCardFragment>(context, {
    title: 'Guides pratiques',
    intro: 'Des guides pour les habitants, les aidants et les professionnels du territoire.',
    filters: filterForm(context, '/guides', [
      h(
        'div',
        { class: 'field' },
        h('label', { for: textId }, 'Mots-clés'),
        h('input', { id: textId, name: 'texte', type: 'search', value: text ?? '' }),
      ),
      select(
        'public',
        'Public',
        [['', 'Tous'], ...(Object.entries(AUDIENCES) as [string, string][])],
        audience ?? '',
      ),
    ]),
    load: async (after) =>
      (await context.client.request(Guides, { text, audiences: audience ? [audience] : undefined, after }))
        .guides,
    render: (guide) => guideCard(context, guide),
    emptyText: 'Aucun guide ne correspond.',
    counted: ['guide', 'guides'],
  });
};

export const guidePage: Route = async (context, [slug = '']) => {
  const { guideBySlug: guide } = await context.client.request(Guide, { slug });
  if (!guide) throw notFound('Ce guide');
  return {
    title: guide.title,
    content: h(
      'article',
      { class: 'prose' },
      pageTitle(guide.title),
      h('p', { class: 'lead' }, guide.summary),
      h(
        'p',
        { class: 'meta' },
        `Lecture : ${guide.readingTimeMinutes} min · Pour : ${guide.audiences.map((audience) => AUDIENCES[audience]).join(', ')}`,
      ),
      renderMarkdown(guide.body),
      linkedPlaces(context, guide.places),
      guide.fundingPrograms?.length
        ? section(
            'Financements concernés',
            h(
              'ul',
              {},
              guide.fundingPrograms.map((program) =>
                h('li', {}, program.link ? h('a', { href: program.link }, program.name) : program.name),
              ),
            ),
          )
        : null,
    ),
  };
};

export const practicesPage: Route = async (context) =>
  listPage<PracticeCardFragment>(context, {
    title: 'Initiatives',
    intro: 'Des initiatives locales qui ont fait leurs preuves, pour s’en inspirer.',
    load: async (after) => (await context.client.request(Practices, { after })).practices,
    render: (practice) => practiceCard(context, practice),
    emptyText: 'Aucune initiative sur ce territoire.',
    counted: ['initiative', 'initiatives'],
  });

export const practicePage: Route = async (context, [slug = '']) => {
  const { practiceBySlug: practice } = await context.client.request(Practice, { slug });
  if (!practice) throw notFound('Cette initiative');
  const contact = practice.contact;
  return {
    title: practice.title,
    content: h(
      'article',
      { class: 'prose' },
      pageTitle(practice.title),
      h('p', { class: 'lead' }, practice.summary),
      facts([
        ['Portée par', practice.organisation],
        ['Depuis', practice.startDate ? formatDate(practice.startDate) : null],
        ["Jusqu'au", practice.endDate ? formatDate(practice.endDate) : null],
      ]),
      renderMarkdown(practice.description),
      practice.results ? section('Résultats', renderMarkdown(practice.results)) : null,
      contact
        ? section(
            'Contact',
            facts([
              ['Nom', contact.name],
              ['Courriel', contact.email ? h('a', { href: `mailto:${contact.email}` }, contact.email) : null],
              ['Téléphone', contact.phone],
              ['Site', contact.url ? h('a', { href: contact.url }, contact.url) : null],
            ]),
          )
        : null,
      linkedPlaces(context, practice.places),
    ),
  };
};

export const eventsPage: Route = async (context, _params, query) => {
  const mode = query.get('format');
  const online = mode === 'en-ligne' ? true : mode === 'sur-place' ? false : undefined;
  return listPage<EventCardFragment>(context, {
    title: 'Agenda',
    intro: 'Ateliers, formations et rencontres à venir.',
    filters: filterForm(context, '/evenements', [
      select(
        'format',
        'Format',
        [
          ['', 'Tous'],
          ['sur-place', 'Sur place'],
          ['en-ligne', 'En ligne'],
        ],
        mode ?? '',
      ),
    ]),
    load: async (after) => (await context.client.request(Events, { online, after })).events,
    render: (event) => eventCard(context, event),
    emptyText: 'Aucun événement à venir.',
    counted: ['événement à venir', 'événements à venir'],
  });
};

export const eventPage: Route = async (context, [slug = '']) => {
  const { eventBySlug: event } = await context.client.request(EventQuery, { slug });
  if (!event) throw notFound('Cet événement');
  return {
    title: event.title,
    content: h(
      'article',
      { class: 'prose' },
      pageTitle(event.title),
      h('p', { class: 'lead' }, event.summary),
      facts([
        ['Quand', h('time', { datetime: event.startsAt }, eventWhen(event))],
        ['Où', event.online ? 'En ligne' : event.venue],
        [
          'Lieu',
          event.place ? h('a', { href: context.href(`/lieux/${event.place.id}`) }, event.place.name) : null,
        ],
        ['Pour', event.audiences.map((audience) => AUDIENCES[audience]).join(', ')],
        ['Inscription', event.registrationUrl ? h('a', { href: event.registrationUrl }, "S'inscrire") : null],
        ['Rejoindre', event.onlineUrl ? h('a', { href: event.onlineUrl }, 'Lien de connexion') : null],
      ]),
      event.description ? renderMarkdown(event.description) : null,
    ),
  };
};

export const resourcesPage: Route = async (context) =>
  listPage<Resource>(context, {
    title: 'Boîte à outils',
    intro: 'Kits, outils de diagnostic, modèles et formations pour les aidants et les médiateurs.',
    load: async (after) => (await context.client.request(Resources, { after })).resources,
    render: (resource) =>
      card(
        resource.title,
        resource.link ?? context.href('/ressources'),
        h('p', { class: 'meta' }, RESOURCE_KINDS[resource.kind]),
        h('p', {}, resource.summary),
      ),
    emptyText: 'Aucune ressource.',
    counted: ['ressource', 'ressources'],
  });

export const staticPage: Route = async (context, [slug = '']) => {
  const { pageBySlug: page } = await context.client.request(StaticPage, { slug });
  // Another portal's page is not this portal's.
  if (!page || (page.portal && page.portal.slug !== context.portal.slug)) throw notFound('Cette page');
  return {
    title: page.title,
    content: h('article', { class: 'prose' }, pageTitle(page.title), renderMarkdown(page.body)),
  };
};
