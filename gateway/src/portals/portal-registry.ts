import type { Logger } from '@passerelle/platform/service';
import { type CmsPortal, fetchCmsPortals, type ScopeTerritory } from './cms-portals';
import { hashPortalKey } from './portal-keys';
import type { PortalSnapshot, PortalStore } from './portal-store';

/** A portal as the gateway admits requests for it: the CMS's description joined with its settings. */
export interface Portal {
  slug: string;
  name: string;
  /** The territories its territorial queries default to; empty: the national graph. */
  territories: ScopeTerritory[];
  allowedOrigins: string[];
  /** Requests per minute for its keys, when the portal has its own limit. */
  ratePerMinute: number | null;
  /** Only its registered operations run. */
  safelist: boolean;
}

export interface PortalRegistryOptions {
  store: PortalStore;
  /** The content subgraph, where the CMS's portals are read; none: portals have no territory. */
  contentUrl: string | undefined;
  gatewaySecret: string;
  refreshMs: number;
  logger: Logger;
}

const EMPTY_SNAPSHOT: PortalSnapshot = { portals: [], keys: new Map(), operations: new Map() };

/**
 * What the gateway knows of portals, in memory, so that admitting a request costs no I/O. It is
 * read again every `refreshMs` from the gateway's database and the CMS, which is how a change made
 * with `npm run portal` reaches running gateways; a source that fails keeps its last known state.
 */
export class PortalRegistry {
  private snapshot = EMPTY_SNAPSHOT;
  private cmsPortals = new Map<string, CmsPortal>();
  private portals = new Map<string, Portal>();
  private usedKeys = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly options: PortalRegistryOptions) {}

  /** Loads the registry once (the database must answer), then refreshes it in the background. */
  async start(): Promise<void> {
    this.snapshot = await this.options.store.snapshot();
    await this.refreshCms();
    this.rebuild();
    this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.refreshing;
    await this.flushKeyUse();
  }

  /** Reads both sources again now (tests and the CLI's effect use it; the timer calls it too). */
  refresh(): Promise<void> {
    this.refreshing ??= this.readSources().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  portal(slug: string): Portal | undefined {
    return this.portals.get(slug);
  }

  /** The portal and key id a key opens, or undefined for a wrong or revoked key. */
  portalOfKey(key: string): { portal: Portal; keyId: string } | undefined {
    const entry = this.snapshot.keys.get(hashPortalKey(key));
    const portal = entry && this.portals.get(entry.portalSlug);
    if (!entry || !portal) return undefined;
    this.usedKeys.add(entry.id);
    return { portal, keyId: entry.id };
  }

  /** Every portal's origins, for preflight requests, which carry no portal header. */
  anyPortalAllows(allowed: (origins: string[]) => boolean): boolean {
    for (const portal of this.portals.values()) if (allowed(portal.allowedOrigins)) return true;
    return false;
  }

  /** The document registered under this hash for the portal, if any. */
  registeredOperation(slug: string, hash: string): string | undefined {
    return this.snapshot.operations.get(slug)?.get(hash);
  }

  private async readSources(): Promise<void> {
    await this.flushKeyUse();
    try {
      this.snapshot = await this.options.store.snapshot();
    } catch (error) {
      this.options.logger.warn(
        { err: error },
        'portals: the gateway database is unavailable; keeping the last settings',
      );
    }
    await this.refreshCms();
    this.rebuild();
  }

  private async refreshCms(): Promise<void> {
    if (!this.options.contentUrl) return;
    try {
      const portals = await fetchCmsPortals(this.options.contentUrl, this.options.gatewaySecret);
      this.cmsPortals = new Map(portals.map((portal) => [portal.slug, portal]));
    } catch (error) {
      this.options.logger.warn(
        { err: error },
        'portals: the CMS portals are unavailable; keeping the last known',
      );
    }
  }

  /** A portal exists when either side knows it: the CMS (public use by slug) or the gateway (keys). */
  private rebuild(): void {
    const settings = new Map(this.snapshot.portals.map((portal) => [portal.slug, portal]));
    const slugs = new Set([...settings.keys(), ...this.cmsPortals.keys()]);
    this.portals = new Map(
      [...slugs].map((slug) => {
        const cms = this.cmsPortals.get(slug);
        const own = settings.get(slug);
        return [
          slug,
          {
            slug,
            name: cms?.name ?? slug,
            territories: cms?.territories ?? [],
            allowedOrigins: own?.allowedOrigins ?? [],
            ratePerMinute: own?.ratePerMinute ?? null,
            safelist: own?.safelist ?? false,
          },
        ];
      }),
    );
  }

  /** Last-used dates, written once per refresh rather than once per request. */
  private async flushKeyUse(): Promise<void> {
    if (!this.usedKeys.size) return;
    const ids = [...this.usedKeys];
    this.usedKeys.clear();
    await this.options.store.touchKeys(ids).catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'portals: could not record when keys were used');
    });
  }
}
