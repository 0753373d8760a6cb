import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../settings';

const TOKEN_NAME = 'Passerelle content subgraph';

interface ApiTokenService {
  hash(accessKey: string): string;
  create(attributes: {
    name: string;
    description: string;
    type: 'read-only';
    lifespan: null;
  }): Promise<{ id: number }>;
}

interface EncryptionService {
  encrypt(value: string): string;
}

/**
 * The read-only API token the content subgraph reads with. Its value is CMS_API_TOKEN, shared
 * with the content subgraph (npm start generates it in .data/secrets.json): the token is created
 * at the first start and its key follows CMS_API_TOKEN when the operator changes it.
 */
export async function ensureContentApiToken(strapi: Core.Strapi): Promise<void> {
  const accessKey = requiredSetting('CMS_API_TOKEN', 32);
  const tokens = strapi.service('admin::api-token') as unknown as ApiTokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const query = strapi.db.query('admin::api-token');
  const existing = (await query.findOne({ where: { name: TOKEN_NAME } })) as {
    id: number;
    accessKey: string;
    type: string;
  } | null;
  const hash = tokens.hash(accessKey);
  if (existing && existing.accessKey === hash && existing.type === 'read-only') return;
  const id =
    existing?.id ??
    (
      await tokens.create({
        name: TOKEN_NAME,
        description: 'Read-only access for the content subgraph (managed by Passerelle, do not edit)',
        type: 'read-only',
        lifespan: null,
      })
    ).id;
  await query.update({
    where: { id },
    data: { accessKey: hash, encryptedKey: encryption.encrypt(accessKey), type: 'read-only' },
  });
  strapi.log.info(`API token "${TOKEN_NAME}" ${existing ? 'updated' : 'created'}`);
}
