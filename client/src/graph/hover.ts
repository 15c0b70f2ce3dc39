/** The hovered node: transient, shared by the reducers and the events controller, never in the URL. */
import { Store } from '../state/store';

export const hoverStore = new Store<{ node: string | null }>({ node: null });
