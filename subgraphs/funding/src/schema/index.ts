import { toSubgraphSchema } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import './territories';
import './vocabulary';
import './funder';
import './funding-program';
import './funding-program-mutations';
import './pass-numerique-campaign';
import './pass-numerique-campaign-mutations';

export const schema = toSubgraphSchema(builder);
