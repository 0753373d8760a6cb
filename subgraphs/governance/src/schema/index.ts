import { builder } from '../builder';
import './territory';
import './region';
import './department';
import './commune';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
