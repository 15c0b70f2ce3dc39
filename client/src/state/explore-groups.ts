/**
 * The explore graph as the screen shows it. Up to AGGREGATE_NODES nodes that is the explore graph
 * itself; above, its groups (counties, or Louvain communities) as meta-nodes, each of which opens on
 * click into its members (graph/aggregate.ts). The explore graph stays whole: details, paths and
 * expansions work on it; only the drawing is aggregated.
 */
import { AGGREGATE_NODES, aggregateGraph, communitiesOf, type Grouping } from '../graph/aggregate';
import type { ExplorerGraph } from '../graph/attributes';
import { createGraph } from '../graph/build';
import { exploreStore } from './explore-data';
import { Store } from './store';

export interface ExploreDisplay {
  graph: ExplorerGraph;
  /** Bumped on every change of what is shown. */
  version: number;
  /** Meta-nodes shown (0: the graph is shown whole). */
  groups: number;
  /** Group keys the user opened. */
  open: string[];
}

const aggregated = createGraph();
let grouping: Grouping | null = null;
let groupedVersion = -1;

export const exploreDisplayStore = new Store<ExploreDisplay>({
  graph: exploreStore.get().graph,
  version: 0,
  groups: 0,
  open: [],
});

function update(open: string[] = exploreDisplayStore.get().open): void {
  const { graph, version } = exploreStore.get();
  const next = exploreDisplayStore.get().version + 1;
  if (graph.order <= AGGREGATE_NODES) {
    grouping = null;
    exploreDisplayStore.set({ graph, version: next, groups: 0, open: [] });
    return;
  }
  if (!grouping || groupedVersion !== version) {
    grouping = communitiesOf(graph);
    groupedVersion = version;
  }
  const { members } = aggregateGraph(graph, grouping, new Set(open), aggregated);
  exploreDisplayStore.set({ graph: aggregated, version: next, groups: members.size, open });
}

exploreStore.subscribe((state, previous) => {
  if (state.version !== previous.version) update();
});

/** Shows the members of the group a meta-node stands for instead of the meta-node. */
export function openGroup(node: string): void {
  const group = aggregated.hasNode(node) ? aggregated.getNodeAttribute(node, 'group') : undefined;
  if (!group) return;
  update([...exploreDisplayStore.get().open, group.key]);
}

/** Back to every group closed. */
export function closeGroups(): void {
  update([]);
}
