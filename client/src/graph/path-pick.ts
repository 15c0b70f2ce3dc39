/**
 * Choosing two nodes for a shortest path: shift+click a second node while one is selected, or pick
 * "path to…" in a node's menu and then click the other end. Found paths join the explore graph.
 */
import { Store } from '../state/store';

export interface PathPick {
  from: string | null;
  /** Set once both ends are chosen: the path bar offers to find the path. */
  to: string | null;
  /** "Path to…" was chosen: the next node clicked is the other end. */
  awaiting: boolean;
}

export const pathPickStore = new Store<PathPick>({ from: null, to: null, awaiting: false });

export function resetPathPick(): void {
  pathPickStore.set({ from: null, to: null, awaiting: false });
}
