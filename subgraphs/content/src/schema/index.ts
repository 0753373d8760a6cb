import { toSubgraphSchema } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import './vocabulary';
import './references';
import './content-types';
import './guide';
import './practice';
import './resource';
import './event';
import './page';
import './portal';
import './cross-graph';

export const schema = toSubgraphSchema(builder);
