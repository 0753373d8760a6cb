import './styles.css';
import type { PageContext, Portal, Route } from './app';
import { pageTitle, skipLink } from './components';
import { readConfig } from './config';
import { h } from './dom';
import { Portal as PortalQuery } from './generated/operations';
import { GraphQLClient, GraphQLRequestError } from './graphql-client';
import {
  eventPage,
  eventsPage,
  guidePage,
  guidesPage,
  practicePage,
  practicesPage,
  resourcesPage,
  staticPage,
} from './pages/content';
import { fundingPage } from './pages/funding';
import { governancePage, territoryGovernancePage } from './pages/governance';
import { homePage } from './pages/home';
import { placePage } from './pages/place';
import { placesPage } from './pages/places';
import { Router } from './router';
import { applyTheme } from './theme';

const ROUTES: [RegExp, Route][] = [
  [/^\/$/, homePage],
  [/^\/lieux$/, placesPage],
  [/^\/lieux\/([^/]+)$/, placePage],
  [/^\/financements$/, fundingPage],
  [/^\/gouvernance$/, territoryGovernancePage],
  [/^\/departements\/([^/]+)$/, governancePage],
  [/^\/guides$/, guidesPage],
  [/^\/guides\/([^/]+)$/, guidePage],
  [/^\/pratiques$/, practicesPage],
  [/^\/pratiques\/([^/]+)$/, practicePage],
  [/^\/evenements$/, eventsPage],
  [/^\/evenements\/([^/]+)$/, eventPage],
  [/^\/ressources$/, resourcesPage],
  [/^\/pages\/([^/]+)$/, staticPage],
];

const notFound: Route = async () => ({
  title: 'Page introuvable',
  content: h(
    'div',
    {},
    pageTitle('Page introuvable'),
    h('p', {}, "Cette page n'existe pas ou a été retirée."),
  ),
});

function isExternal(url: string): boolean {
  return /^[a-z]+:/i.test(url);
}

function header(context: PageContext, portal: Portal): HTMLElement {
  const logo = portal.logo
    ? h('img', {
        src: portal.logo.url,
        // The logo is the link's content beside the name: the name already says where it goes.
        alt: '',
        width: portal.logo.width ?? undefined,
        height: portal.logo.height ?? undefined,
        class: 'logo',
      })
    : null;
  const navigation = portal.navigation.map((link) =>
    h(
      'li',
      {},
      h(
        'a',
        { href: isExternal(link.url) ? link.url : context.href(link.url), 'data-path': link.url },
        link.label,
      ),
    ),
  );
  return h(
    'header',
    { class: 'site-header' },
    h(
      'div',
      { class: 'brand' },
      h(
        'a',
        { href: context.href('/'), class: 'brand-link' },
        logo,
        h('span', { class: 'portal-name' }, portal.name),
      ),
      portal.tagline ? h('p', { class: 'tagline' }, portal.tagline) : null,
    ),
    h('nav', { 'aria-label': 'Menu principal' }, h('ul', {}, navigation)),
  );
}

function footer(context: PageContext, portal: Portal): HTMLElement {
  const pages = [...(portal.pages ?? [])].sort((a, b) => a.position - b.position);
  return h(
    'footer',
    { class: 'site-footer' },
    h(
      'nav',
      { 'aria-label': 'Pages du portail' },
      h(
        'ul',
        {},
        pages.map((page) => h('li', {}, h('a', { href: context.href(`/pages/${page.slug}`) }, page.title))),
      ),
    ),
    h('p', {}, `${portal.name} — données de l'inclusion numérique servies par Passerelle.`),
  );
}

function failure(error: unknown): Node {
  const message =
    error instanceof GraphQLRequestError ? error.message : 'Une erreur inattendue est survenue.';
  return h('div', { role: 'alert' }, pageTitle('Le portail ne peut pas être affiché'), h('p', {}, message));
}

async function start(root: HTMLElement): Promise<void> {
  const config = readConfig(location.search);
  const partial = h(
    'p',
    { class: 'notice partial', role: 'status', hidden: true },
    "Une partie des informations n'a pas pu être chargée : réessayez dans un instant.",
  );
  const client = new GraphQLClient(config, () => {
    partial.hidden = false;
  });
  const portal = (await client.request(PortalQuery, { slug: config.slug })).portalBySlug;
  if (!portal) throw new GraphQLRequestError(`Aucun portail « ${config.slug} » n'est publié.`, 'NOT_FOUND');
  applyTheme(portal.colours);

  const main = h('main', { id: 'contenu' });
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
  const context: PageContext = {
    client,
    portal,
    config,
    href(path, query = new URLSearchParams()) {
      const params = new URLSearchParams(query);
      if (config.slugFromAddress) params.set('portal', config.slugFromAddress);
      const search = params.toString();
      return `${path}${search ? `?${search}` : ''}`;
    },
    navigate(path, query, options = {}) {
      const url = context.href(path, query);
      if (options.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      void router.render(context);
    },
    announce(message) {
      live.textContent = '';
      // A change of text after a tick is read out even when the message is the same again.
      setTimeout(() => {
        live.textContent = message;
      }, 50);
    },
  };
  const siteHeader = header(context, portal);
  let first = true;
  const router = new Router(ROUTES, notFound, {
    // Assistive technologies (and the tests) know the page is changing until it is shown.
    loading: () => {
      main.setAttribute('aria-busy', 'true');
      partial.hidden = true;
    },
    show: (page, path) => {
      document.title = `${page.title} — ${portal.name}`;
      main.replaceChildren(page.content);
      main.removeAttribute('aria-busy');
      for (const link of siteHeader.querySelectorAll<HTMLAnchorElement>('nav a[data-path]')) {
        const target = link.dataset.path ?? '';
        const current = target === path || (target !== '/' && path.startsWith(`${target}/`));
        if (current) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      page.mounted?.();
      // After a navigation, focus goes to the new page's title, as a page load would start there.
      if (!first) main.querySelector<HTMLElement>('h1')?.focus();
      first = false;
    },
    failed: (error) => {
      document.title = `Erreur — ${portal.name}`;
      main.replaceChildren(failure(error));
      main.removeAttribute('aria-busy');
    },
  });
  root.replaceChildren(
    skipLink('Aller au contenu', main, 'skip-link'),
    siteHeader,
    partial,
    main,
    footer(context, portal),
    live,
  );
  router.start(context);
}

const root = document.getElementById('app') as HTMLElement;
start(root).catch((error: unknown) => {
  document.title = 'Portail indisponible';
  root.replaceChildren(h('main', { id: 'contenu' }, failure(error)));
});
