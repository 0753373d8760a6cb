import { builder } from '../builder';
import './vocabulary';
import './territories';
import './opening-hours';
import './place-filter';
import './place';
import './place-facets';
import './place-mutations';
import './place-issue-report';
import './place-duplicates';
import './territory-places';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
