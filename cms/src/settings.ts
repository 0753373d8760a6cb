import { createHmac } from 'node:crypto';

/**
 * Reads a setting Strapi needs. The runtime (runtime/start-cms.ts) checks them all before Strapi
 * starts; this check names the variable if Strapi is started some other way.
 */
export function requiredSetting(name: string, minimumLength = 1): string {
  const value = process.env[name];
  if (!value || value.length < minimumLength) {
    throw new Error(
      `${name} is not set${minimumLength > 1 ? ` (at least ${minimumLength} characters)` : ''}: npm start generates it in .data/secrets.json`,
    );
  }
  return value;
}

/**
 * Every secret Strapi keeps (app keys, admin JWT secret, token salts, encryption key) is derived
 * from the one CMS_SECRET, so that an operator has one value to generate, keep and rotate.
 */
export function derivedSecret(purpose: string): string {
  return createHmac('sha256', requiredSetting('CMS_SECRET', 32)).update(purpose).digest('base64url');
}
