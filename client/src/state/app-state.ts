/**
 * The application state that a link reproduces: view, selection, explored nodes, filters,
 * scope of the hierarchy, threshold of shared initiatives, the query that ran, language.
 * Data fetched from the API is not here (see dataset.ts); transient hover is not here either
 * (it lives in the sigma reducers).
 */
import type { NodeLabel, RelType } from '../../../model/schema';
import type { Lang } from '../i18n/messages';
import { Store } from './store';

export const VIEWS = ['explore', 'leaders', 'shared', 'query', 'articles'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface Filters {
  /** Labels and relationship types switched off. */
  hiddenLabels: NodeLabel[];
  hiddenTypes: RelType[];
  /** County name to keep (nodes of other counties are hidden), or null for all. */
  county: string | null;
}

/** The query that ran last: a named one with its parameters, or typed Cypher. */
export type QueryRun =
  { kind: 'named'; name: string; params: Record<string, unknown> } | { kind: 'cypher'; text: string };

export interface ArticleRef {
  id: string;
  start: number;
  end: number;
  surface?: string;
}

export interface AppState {
  view: ViewName;
  lang: Lang;
  selection: Selection | null;
  /** Nodes whose neighbourhood is loaded into the explore graph, in the order they were expanded. */
  expanded: string[];
  /** Nodes the user hid from the explore graph. */
  hidden: string[];
  filters: Filters;
  /** Scope of the who-leads-what tree: a node id or a name. */
  scope: string | null;
  minCounties: number;
  query: QueryRun | null;
  article: ArticleRef | null;
}

export const DEFAULT_MIN_COUNTIES = 2;

export const INITIAL_STATE: AppState = {
  view: 'explore',
  lang: 'zh',
  selection: null,
  expanded: [],
  hidden: [],
  filters: { hiddenLabels: [], hiddenTypes: [], county: null },
  scope: null,
  minCounties: DEFAULT_MIN_COUNTIES,
  query: null,
  article: null,
};

export const appStore = new Store<AppState>(INITIAL_STATE);
