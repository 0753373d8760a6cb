import { factories } from '@strapi/strapi';

// Read-only over REST: editors write through the admin panel.
export default factories.createCoreRouter('api::portal.portal', { only: ['find', 'findOne'] });
