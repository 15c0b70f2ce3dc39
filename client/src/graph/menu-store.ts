/** The node context menu: which node, where (pixels in the graph's container). */
import { Store } from '../state/store';

export const menuStore = new Store<{ node: string | null; x: number; y: number }>({ node: null, x: 0, y: 0 });

export function closeMenu(): void {
  if (menuStore.get().node) menuStore.set({ node: null });
}
