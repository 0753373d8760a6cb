import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/strapi';

/** Uploaded media: public, linked from published content, and written by any editor or author. */
const isMedia = (req: IncomingMessage) => req.url?.startsWith('/uploads/') ?? false;

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const publicUrl = env('CMS_PUBLIC_URL', '');
  return [
    'strapi::logger',
    'strapi::errors',
    {
      // Helmet, on every response: `X-Content-Type-Options: nosniff`, and a Content-Security-Policy
      // that HTML pages obey (Strapi's directives, helmet's defaults for the others).
      name: 'strapi::security',
      config: {
        noSniff: true,
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            // The built admin panel is one module script of its own and no inline script. An
            // uploaded HTML or SVG file opened from the CMS's origin runs no script at all: it could
            // otherwise act with the signed-in administrator's session.
            'script-src': [(req: IncomingMessage) => (isMedia(req) ? "'none'" : "'self'")],
          },
        },
      },
    },
    {
      // The admin panel calls its own origin, and the content subgraph is no browser: no other
      // site's scripts may read the CMS's answers with an editor's cookies.
      name: 'strapi::cors',
      config: { origin: publicUrl ? [new URL(publicUrl).origin] : [] },
    },
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
