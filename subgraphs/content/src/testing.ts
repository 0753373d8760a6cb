import { type CmsUnderTest, startCmsForTest } from '@passerelle/cms/testing';
import { createLogger } from '@passerelle/platform/service';
import { freePort, TEST_SUBGRAPH_SECURITY } from '@passerelle/platform/testing';
import { type ContentServerOptions, type RunningContentServer, startContentServer } from './server';
import { WEBHOOK_PATH } from './webhook';

export interface ContentUnderTest {
  cms: CmsUnderTest;
  /** The content subgraph Strapi's webhook reaches. */
  server: RunningContentServer;
  /**
   * Another content subgraph on the same CMS (or wherever `overrides.cmsUrl` says), with its own
   * (empty) cache; the caller stops it.
   */
  startAnother(overrides?: Partial<ContentServerOptions>): Promise<RunningContentServer>;
  stop(): Promise<void>;
}

/**
 * A real Strapi with its demo content (see @passerelle/cms/testing) and the content subgraph
 * reading it, on a port chosen first so that Strapi's webhook can name it.
 */
export async function startContentForTest(
  label: string,
  changes: ContentServerOptions['changes'] = {
    redisUrl: undefined,
    keyPrefix: 'test:',
    gatewayUrl: 'http://127.0.0.1:9',
  },
): Promise<ContentUnderTest> {
  const port = await freePort();
  const cms = await startCmsForTest({ label, webhookUrl: `http://127.0.0.1:${port}${WEBHOOK_PATH}` });
  const options = {
    host: '127.0.0.1',
    logger: createLogger(label, 'silent'),
    ...TEST_SUBGRAPH_SECURITY,
    cmsUrl: cms.url,
    cmsPublicUrl: cms.url,
    cmsApiToken: cms.apiToken,
    webhookSecret: cms.webhookSecret,
    cacheTtlMs: 60_000,
    // Strapi's first reads can be slow on a busy machine (tests of timeouts set their own).
    cmsTimeoutMs: 5000,
    // Tests of the gateway's cache name their gateway; the others have none to tell.
    changes,
  };
  const server = await startContentServer({ ...options, port });
  return {
    cms,
    server,
    startAnother: (overrides = {}) => startContentServer({ ...options, port: 0, ...overrides }),
    async stop() {
      await server.stop();
      await cms.destroy();
    },
  };
}
