import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { CMS_ROOT } from './compile';

/**
 * `npm run cms:build`: builds Strapi's admin panel into cms/dist/build, which the CMS then serves
 * at /admin. Strapi loads the whole configuration to build it, but the build uses neither the
 * secrets nor the database: throw-away values stand in for the settings not given.
 */
const placeholders = {
  CMS_SECRET: randomBytes(32).toString('base64url'),
  CMS_DATABASE_URL: 'postgresql://localhost/passerelle_cms',
};
// The package does not export its CLI's path: it sits beside the package's entry, in bin/.
const strapiPackage = require.resolve('@strapi/strapi/package.json', { paths: [CMS_ROOT] });
const strapi = path.join(path.dirname(strapiPackage), 'bin', 'strapi.js');
execFileSync(process.execPath, [strapi, 'build'], {
  cwd: CMS_ROOT,
  stdio: 'inherit',
  env: { ...placeholders, ...process.env },
});
