import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '../auth/gateway-signature';
import { type MessageBusOptions, openMessageBus } from './message-bus';

/** A change, told to every gateway replica: the cache tags whose responses must go. */
export interface CachePurge {
  tags: string[];
  /** What changed it, for the logs: `import`, `cms webhook`, a mutation's name. */
  reason: string;
}

/** The channel of purges, when there is Redis. */
export const CACHE_PURGE_CHANNEL = 'cache-purge';

/** The gateway's route for purges sent without Redis, signed with GATEWAY_SECRET. */
export const CACHE_PURGE_PATH = '/cache/purge';

export interface CachePurger {
  purge(purge: CachePurge): Promise<void>;
  close(): Promise<void>;
}

export interface CachePurgerOptions extends MessageBusOptions {
  /** The gateway to tell when there is no Redis (one replica). */
  gatewayUrl: string;
  gatewaySecret: string;
}

/**
 * How a service that changed data (the import, the content subgraph) tells the gateways: on the
 * Redis channel every replica hears, or, with no Redis, straight to the one gateway, signed. A
 * gateway that is not running has nothing cached: the purge is dropped with a note in the logs,
 * and never fails the change itself.
 */
export async function openCachePurger(options: CachePurgerOptions): Promise<CachePurger> {
  if (options.redisUrl) {
    const bus = await openMessageBus<CachePurge>(CACHE_PURGE_CHANNEL, options);
    return { purge: (purge) => bus.publish(purge), close: () => bus.close() };
  }
  const url = new URL(CACHE_PURGE_PATH, options.gatewayUrl);
  return {
    async purge(purge) {
      const body = JSON.stringify(purge);
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(options.gatewaySecret, body, undefined),
          },
          body,
          signal: AbortSignal.timeout(3000),
        });
        if (!response.ok) throw new Error(`the gateway answered ${response.status}`);
      } catch (error) {
        options.logger.warn(
          { err: error, gateway: url.origin, reason: purge.reason },
          'cache purge not delivered (a gateway that is not running has nothing cached)',
        );
      }
    },
    async close() {},
  };
}
