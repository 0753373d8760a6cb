import { z } from 'zod';
import { DEFAULT_PORTS } from './defaults';
import { httpUrl, readConfig } from './read-config';

/** How the services that change data reach the gateways' response caches (see openCachePurger). */
export interface ChangeSettings {
  /** Redis, whose pub/sub every replica hears; none: one replica of each service. */
  redisUrl: string | undefined;
  /** Keeps the keys and channels of platforms sharing one Redis apart. */
  keyPrefix: string;
  /** The gateway told of changes when there is no Redis. */
  gatewayUrl: string;
}

export const redisUrl = z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL');

/** REDIS_URL, REDIS_KEY_PREFIX and GATEWAY_URL, read the same way by every service. */
export function readChangeSettings(env: NodeJS.ProcessEnv = process.env): ChangeSettings {
  const config = readConfig(
    {
      REDIS_URL: redisUrl.optional(),
      // Several deployments may share one Redis: each names its own keys.
      REDIS_KEY_PREFIX: z.string().default('passerelle:'),
      GATEWAY_URL: httpUrl.default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}`),
    },
    env,
  );
  return { redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, gatewayUrl: config.GATEWAY_URL };
}
