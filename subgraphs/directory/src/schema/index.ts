import { toSubgraphSchema } from '@passerelle/platform/subgraph';
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

export const schema = toSubgraphSchema(builder);
