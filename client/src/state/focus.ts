/**
 * One-shot camera requests ("show me this node"), kept apart from the selection: clicking a node
 * selects it without moving the camera, while a search hit or a tree row also brings it into view.
 */
import { Store } from './store';

export const focusStore = new Store<{ node: string | null; nonce: number }>({ node: null, nonce: 0 });

export function requestFocus(node: string): void {
  focusStore.set((s) => ({ node, nonce: s.nonce + 1 }));
}
