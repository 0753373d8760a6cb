import { builder } from '../builder';
import './vocabulary';
import './territories';
import './place';
import './territory-places';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
