/**
 * A key that changes whenever a computed layout is a new object, for `<GraphView key=…>`: a new
 * layout then gets its own sigma instance, so the active graph, the reducers and the fit all see
 * it (a graph swapped under a live sigma would leave them on the old one).
 */
const keys = new WeakMap<object, number>();
let next = 0;

export function layoutKey(layout: object): number {
  let key = keys.get(layout);
  if (key === undefined) keys.set(layout, (key = ++next));
  return key;
}
