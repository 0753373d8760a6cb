import type { Route } from '../app';
import { communeField } from '../commune-field';
import { cardList, eventCard, guideCard, pageTitle, practiceCard, section } from '../components';
import { h } from '../dom';
import { plural } from '../format';
import { Home } from '../generated/operations';

/** The home page: where to find help, what the portal features, what comes next. */
export const homePage: Route = async (context) => {
  const { portal } = context;
  const home = await context.client.request(Home, { slug: portal.slug });
  const facets = home.placeFacets;
  const commune = communeField(context, undefined);
  const search = h(
    'form',
    {
      role: 'search',
      'aria-label': 'Trouver un lieu près de chez vous',
      class: 'home-search',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const query = new URLSearchParams();
        if (commune.value()) query.set('commune', commune.value() ?? '');
        context.navigate('/lieux', query);
      },
    },
    commune.element,
    h('button', { type: 'submit' }, 'Trouver un lieu'),
  );
  const services = facets
    ? h(
        'ul',
        { class: 'service-counts' },
        facets.services
          .filter((facet) => facet.count > 0)
          .map((facet) =>
            h(
              'li',
              {},
              h(
                'a',
                { href: context.href('/lieux', new URLSearchParams({ services: facet.value })) },
                h('span', { class: 'count' }, String(facet.count)),
                ' ',
                facet.label,
              ),
            ),
          ),
      )
    : null;
  return {
    title: 'Accueil',
    content: h(
      'div',
      { class: 'home' },
      h(
        'div',
        { class: 'hero' },
        pageTitle(portal.name),
        portal.tagline ? h('p', { class: 'lead' }, portal.tagline) : null,
        search,
      ),
      section(
        facets
          ? `${plural(facets.totalCount, 'lieu', 'lieux')} pour se faire accompagner`
          : 'Lieux pour se faire accompagner',
        h('p', {}, 'Nombre de lieux par service proposé sur le territoire :'),
        services,
      ),
      section(
        'Guides à la une',
        cardList(
          (home.portalBySlug?.featuredGuides ?? []).map((guide) => guideCard(context, guide)),
          'Aucun guide à la une.',
        ),
      ),
      section(
        'Initiatives à la une',
        cardList(
          (home.portalBySlug?.featuredPractices ?? []).map((practice) => practiceCard(context, practice)),
          'Aucune initiative à la une.',
        ),
      ),
      section(
        'Prochains événements',
        cardList(
          (home.events?.edges ?? []).map(({ node }) => eventCard(context, node)),
          'Aucun événement à venir.',
        ),
        h('p', {}, h('a', { href: context.href('/evenements') }, "Tout l'agenda")),
      ),
    ),
  };
};
