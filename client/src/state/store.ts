/**
 * A minimal observable store for React's useSyncExternalStore: one state object, replaced
 * (never mutated) on each change, so selectors can compare by reference.
 */
import { useSyncExternalStore } from 'react';

export type Listener<S> = (state: S, previous: S) => void;

export class Store<S> {
  private listeners = new Set<Listener<S>>();

  constructor(private state: S) {}

  get = (): S => this.state;

  set(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const previous = this.state;
    const patch = typeof update === 'function' ? update(previous) : update;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe = (listener: Listener<S>): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** Subscribes a component to one slice; the selector must return a stored value, not build a new object. */
export function useSlice<S, T>(store: Store<S>, selector: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}
