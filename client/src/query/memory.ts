/**
 * What the workbench remembers between visits, in the browser's localStorage: the queries run
 * (newest first, a rerun moves to the top) and the favourites the user saved under a title. A
 * storage that is missing, full or holds something unreadable costs the memory, never the page.
 */
import type { QueryRun } from '../state/app-state';
import { Store } from '../state/store';

export interface HistoryEntry {
  run: QueryRun;
  /** ISO time of the last run. */
  at: string;
}

export interface Favourite {
  title: string;
  run: QueryRun;
}

export interface Memory {
  history: HistoryEntry[];
  favourites: Favourite[];
}

export const MAX_HISTORY = 30;
const HISTORY_KEY = 'govgraph.query.history';
const FAVOURITES_KEY = 'govgraph.query.favourites';

/** The part of the Web Storage API used here (declared, so the server's type check needs no DOM types). */
interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function sameRun(a: QueryRun, b: QueryRun): boolean {
  if (a.kind === 'cypher') return b.kind === 'cypher' && a.text.trim() === b.text.trim();
  return b.kind === 'named' && a.name === b.name && JSON.stringify(a.params) === JSON.stringify(b.params);
}

function isRun(value: unknown): value is QueryRun {
  const v = value as Partial<{ kind: string; text: unknown; name: unknown; params: unknown }> | null;
  if (typeof v !== 'object' || v === null) return false;
  if (v.kind === 'cypher') return typeof v.text === 'string';
  return v.kind === 'named' && typeof v.name === 'string' && typeof v.params === 'object' && v.params !== null;
}

function read<T>(storage: KeyValue | null, key: string, valid: (item: unknown) => item is T): T[] {
  try {
    const parsed = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

function write(storage: KeyValue | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or forbidden (private mode): the workbench still works, it only forgets.
  }
}

const isHistoryEntry = (v: unknown): v is HistoryEntry =>
  isRun((v as HistoryEntry | null)?.run) && typeof (v as HistoryEntry).at === 'string';
const isFavourite = (v: unknown): v is Favourite =>
  isRun((v as Favourite | null)?.run) && typeof (v as Favourite).title === 'string';

export class QueryMemory {
  readonly store: Store<Memory>;

  constructor(private readonly storage: KeyValue | null) {
    this.store = new Store<Memory>({
      history: read(storage, HISTORY_KEY, isHistoryEntry).slice(0, MAX_HISTORY),
      favourites: read(storage, FAVOURITES_KEY, isFavourite),
    });
  }

  remember(run: QueryRun, at = new Date()): void {
    const history = [
      { run, at: at.toISOString() },
      ...this.store.get().history.filter((h) => !sameRun(h.run, run)),
    ].slice(0, MAX_HISTORY);
    this.store.set({ history });
    write(this.storage, HISTORY_KEY, history);
  }

  clearHistory(): void {
    this.store.set({ history: [] });
    write(this.storage, HISTORY_KEY, []);
  }

  isFavourite(run: QueryRun): boolean {
    return this.store.get().favourites.some((f) => sameRun(f.run, run));
  }

  /** Saves the run under a title; saving it again renames it. */
  addFavourite(title: string, run: QueryRun): void {
    const favourites = [...this.store.get().favourites.filter((f) => !sameRun(f.run, run)), { title, run }];
    this.store.set({ favourites });
    write(this.storage, FAVOURITES_KEY, favourites);
  }

  removeFavourite(run: QueryRun): void {
    const favourites = this.store.get().favourites.filter((f) => !sameRun(f.run, run));
    this.store.set({ favourites });
    write(this.storage, FAVOURITES_KEY, favourites);
  }
}

function browserStorage(): KeyValue | null {
  try {
    // Reading localStorage itself throws where the browser forbids storage.
    return (globalThis as { localStorage?: KeyValue }).localStorage ?? null;
  } catch {
    return null;
  }
}

export const queryMemory = new QueryMemory(browserStorage());
