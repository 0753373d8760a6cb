import { toSubgraphSchema } from '@passerelle/platform/subgraph';
import { builder } from '../builder';
import './territory';
import './region';
import './department';
import './commune';
import './governance';
import './member';
import './committee';
import './roadmap';
import './action';
import './funding-line';
import './financial-envelope';

export const schema = toSubgraphSchema(builder);
