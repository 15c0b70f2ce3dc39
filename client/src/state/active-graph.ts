/** The graph the current view shows, so panels outside sigma (details of a relationship, counts) can read it. */
import type { ExplorerGraph } from '../graph/attributes';
import { Store } from './store';

export const activeGraphStore = new Store<{ graph: ExplorerGraph | null; version: number }>({ graph: null, version: 0 });
