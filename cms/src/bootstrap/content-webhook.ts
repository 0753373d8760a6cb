import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../settings';

const WEBHOOK_NAME = 'Passerelle content subgraph';
/** What changes what the graph shows: publications, withdrawals, edits and deletions. */
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
}

/**
 * The webhook that tells the content subgraph what changed (CMS_WEBHOOK_URL), signed with
 * CMS_WEBHOOK_SECRET. Created at the first start, kept in line with the settings afterwards.
 */
export async function ensureContentWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.CMS_WEBHOOK_URL;
  if (!url) {
    strapi.log.warn(
      'CMS_WEBHOOK_URL is not set: the content subgraph will see changes only when its cache expires',
    );
    return;
  }
  const wanted = {
    name: WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${requiredSetting('CMS_WEBHOOK_SECRET', 32)}` },
    events: EVENTS,
  };
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    return;
  }
  const unchanged =
    existing.url === wanted.url &&
    existing.isEnabled &&
    JSON.stringify(existing.headers) === JSON.stringify(wanted.headers) &&
    JSON.stringify(existing.events) === JSON.stringify(wanted.events);
  if (unchanged) return;
  const updated = await store.updateWebhook(existing.id, { ...wanted, isEnabled: true });
  if (updated) runner.update(updated);
}
