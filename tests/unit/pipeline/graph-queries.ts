/** Small look-ups over a GraphDocument for the pipeline tests. */
import type { GraphDocument, GraphNode } from '../../../model/graph';
import type { NodeLabel } from '../../../model/schema';
import { extractGraph } from '../../../pipeline/run';

/** The graph of one or more snippets, each its own article. */
export function graphOf(...texts: string[]): GraphDocument {
  return extractGraph(texts.map((text, k) => ({ id: `t${k}`, source: `t${k}.txt`, text })));
}

export function node(doc: GraphDocument, id: string): GraphNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}

/** A node's properties as a plain record (the union of label property types is awkward to read). */
export function propsOf(doc: GraphDocument, id: string): Record<string, unknown> | undefined {
  return node(doc, id)?.properties as Record<string, unknown> | undefined;
}

export function names(doc: GraphDocument, label: NodeLabel): string[] {
  return doc.nodes
    .filter((n) => n.labels[0] === label)
    .map((n) => String(n.properties.name))
    .sort();
}

const nameOf = (doc: GraphDocument, id: string) => String(node(doc, id)?.properties.name ?? id);

/** "person title body" for every HOLDS_POST. */
export function posts(doc: GraphDocument): string[] {
  return doc.relationships
    .filter((r) => r.type === 'HOLDS_POST')
    .map((r) => `${nameOf(doc, r.start)} ${String((r.properties as { title: string }).title)} ${nameOf(doc, r.end)}`)
    .sort();
}

/** "start -> end" by id for a relationship type. */
export function edges(doc: GraphDocument, type: string): string[] {
  return doc.relationships
    .filter((r) => r.type === type)
    .map((r) => `${r.start} -> ${r.end}`)
    .sort();
}

/** Names of the runners of the node named `concept`. */
export function runnersOf(doc: GraphDocument, concept: string): string[] {
  const ids = doc.nodes.filter((n) => n.properties.name === concept).map((n) => n.id);
  return doc.relationships
    .filter((r) => r.type === 'RUNS' && ids.includes(r.end))
    .map((r) => nameOf(doc, r.start))
    .sort();
}
