import type { Page, PageContext, Route } from './app';

/**
 * Paths to pages, in the History API: links of the portal are plain <a href> (they work without
 * script, open in a new tab, and the CMS's navigation is paths such as "/lieux"); a click on one is
 * handled here instead of reloading the page.
 */
export class Router {
  private rendering = 0;

  constructor(
    private readonly routes: [RegExp, Route][],
    private readonly notFound: Route,
    private readonly view: {
      /** A page is being read from the graph. */
      loading: () => void;
      show: (page: Page, path: string) => void;
      failed: (error: unknown) => void;
    },
  ) {}

  start(context: PageContext): void {
    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a');
      if (!link || event.defaultPrevented || event.button !== 0) return;
      if (
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey ||
        link.target ||
        link.hasAttribute('download')
      )
        return;
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      // In-page links (the skip link) keep their default behaviour.
      if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
      event.preventDefault();
      history.pushState(null, '', url);
      void this.render(context);
    });
    window.addEventListener('popstate', () => void this.render(context));
    void this.render(context);
  }

  async render(context: PageContext): Promise<void> {
    const path = location.pathname.replace(/\/+$/, '') || '/';
    const query = new URLSearchParams(location.search);
    const current = ++this.rendering;
    this.view.loading();
    try {
      const matched = this.routes.find(([pattern]) => pattern.test(path));
      const params = matched ? (matched[0].exec(path) ?? []).slice(1).map(decodeURIComponent) : [];
      const page = await (matched?.[1] ?? this.notFound)(context, params, query);
      // A later navigation won while this page loaded.
      if (current === this.rendering) this.view.show(page, path);
    } catch (error) {
      if (current === this.rendering) this.view.failed(error);
    }
  }
}
