/** Every change of AppState goes through one of these, so the URL history stays meaningful. */
import type { NodeLabel, RelType } from '../../../model/schema';
import type { Lang } from '../i18n/messages';
import { expansionKey } from '../graph/expansions';
import { AppState, ArticleRef, QueryRun, Selection, ViewName, appStore } from './app-state';
import { replaceHistoryOnce } from './history';
import { requestFocus } from './focus';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const actions = {
  setView(view: ViewName): void {
    appStore.set({ view });
  },
  setLang(lang: Lang): void {
    appStore.set({ lang });
  },
  select(selection: Selection | null): void {
    appStore.set({ selection });
  },
  clearSelection(): void {
    if (appStore.get().selection || appStore.get().article) appStore.set({ selection: null, article: null });
  },
  /** A search hit or a tree row: select it, load its neighbourhood in the explore graph, move the camera to it. */
  exploreNode(id: string): void {
    appStore.set((s) => ({
      view: 'explore',
      selection: { kind: 'node', id },
      expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
      hidden: s.hidden.filter((h) => h !== id),
    }));
    requestFocus(id);
  },
  expand(id: string): void {
    appStore.set((s) => (s.expanded.includes(id) ? {} : { expanded: [...s.expanded, id] }));
  },
  /** Adds a node's neighbours by one relationship type only (a hub's 任职 without its 提及 …). */
  expandType(id: string, type: RelType): void {
    const key = expansionKey({ kind: 'type', id, type });
    appStore.set((s) => (s.expanded.includes(key) ? {} : { expanded: [...s.expanded, key] }));
  },
  /** Adds a shortest path between two nodes of the explore graph, and selects its far end. */
  findPath(from: string, to: string): void {
    const key = expansionKey({ kind: 'path', from, to });
    appStore.set((s) => ({
      expanded: s.expanded.includes(key) ? s.expanded : [...s.expanded, key],
      selection: { kind: 'node', id: to },
    }));
  },
  hide(id: string): void {
    appStore.set((s) => ({
      hidden: s.hidden.includes(id) ? s.hidden : [...s.hidden, id],
      selection: s.selection?.id === id ? null : s.selection,
    }));
  },
  unhideAll(): void {
    appStore.set({ hidden: [] });
  },
  clearGraph(): void {
    appStore.set({ expanded: [], hidden: [], selection: null });
  },
  toggleLabel(label: NodeLabel): void {
    appStore.set((s) => ({ filters: { ...s.filters, hiddenLabels: toggle(s.filters.hiddenLabels, label) } }));
  },
  toggleType(type: RelType): void {
    appStore.set((s) => ({ filters: { ...s.filters, hiddenTypes: toggle(s.filters.hiddenTypes, type) } }));
  },
  setCounty(county: string | null): void {
    appStore.set((s) => ({ filters: { ...s.filters, county } }));
  },
  setScope(scope: string | null): void {
    appStore.set({ scope, selection: null });
  },
  setMinCounties(minCounties: number): void {
    // Dragging the threshold should not fill the history with every intermediate value.
    replaceHistoryOnce();
    appStore.set({ minCounties });
  },
  runQuery(query: QueryRun): void {
    appStore.set({ query, selection: null });
  },
  openArticle(article: ArticleRef): void {
    appStore.set({ article });
  },
  closeArticle(): void {
    appStore.set({ article: null });
  },
} satisfies Record<string, (...args: never[]) => void>;

export type Actions = typeof actions;
export type { AppState };
