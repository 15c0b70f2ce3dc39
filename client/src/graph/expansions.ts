/**
 * What one entry of AppState.expanded (the `x` parameters of a link) loads into the explore graph:
 * a node's whole neighbourhood (`某id`), its neighbours by one relationship type (`某id|HOLDS_POST`),
 * or a shortest path between two nodes (`path|某id|另一id`). Node ids never hold `|`.
 */
import { isRelType, type RelType } from '../../../model/schema';

export type Expansion =
  | { kind: 'all'; id: string }
  | { kind: 'type'; id: string; type: RelType }
  | { kind: 'path'; from: string; to: string };

const SEP = '|';

export function expansionKey(e: Expansion): string {
  if (e.kind === 'all') return e.id;
  if (e.kind === 'type') return [e.id, e.type].join(SEP);
  return ['path', e.from, e.to].join(SEP);
}

/** Any text is some expansion: what is not a typed or path key is a node id. */
export function parseExpansion(key: string): Expansion {
  const [first = '', second = '', third = '', ...rest] = key.split(SEP);
  if (rest.length) return { kind: 'all', id: key };
  if (first === 'path' && second && third) return { kind: 'path', from: second, to: third };
  if (first && !third && isRelType(second)) return { kind: 'type', id: first, type: second };
  return { kind: 'all', id: key };
}

/** The node new nodes of the expansion grow out of. */
export function expansionAnchor(e: Expansion): string {
  return e.kind === 'path' ? e.from : e.id;
}
