import { runDatabaseSubgraph } from '@passerelle/platform/subgraph';
import { subgraph } from './subgraph';

runDatabaseSubgraph(subgraph);
