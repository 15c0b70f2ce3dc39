/**
 * The graph the current view shows and its renderer, so panels outside sigma (details of a
 * relationship) can read it; the end-to-end tests and the bench read it too.
 */
import type Sigma from 'sigma';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../graph/attributes';
import { Store } from './store';

export const activeGraphStore = new Store<{
  graph: ExplorerGraph | null;
  version: number;
  sigma: Sigma<NodeAttrs, EdgeAttrs> | null;
}>({
  graph: null,
  version: 0,
  sigma: null,
});
