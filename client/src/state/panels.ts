/**
 * Whether the side panel (filters, tree, matrix, editor) is shown on a narrow window: under 1200 px
 * it can be folded away for the graph's sake; under 900 px it is a drawer, closed until asked for.
 * 'auto' is the default for the width.
 */
import { Store } from './store';

export type SideState = 'auto' | 'open' | 'closed';

export const NARROW_PX = 1200;
export const DRAWER_PX = 900;

export const panelStore = new Store<{ side: SideState }>({ side: 'auto' });

/** Is the side panel showing at this width in this state? */
export function sideShown(side: SideState, width: number): boolean {
  if (width < DRAWER_PX) return side === 'open';
  if (width < NARROW_PX) return side !== 'closed';
  return true;
}

export function toggleSide(width: number): void {
  const { side } = panelStore.get();
  const shown = sideShown(side, width);
  panelStore.set({ side: width < DRAWER_PX ? (shown ? 'auto' : 'open') : shown ? 'closed' : 'auto' });
}
