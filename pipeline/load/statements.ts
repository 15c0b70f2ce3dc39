/**
 * The loader's Cypher (cypher/load/*.cypher). Labels and relationship types cannot be parameters of an
 * index-backed MERGE in Neo4j 5.26 (a dynamic label plans as an AllNodesScan), so the templates name them
 * with placeholders that are replaced here, and only by members of the model's tuples: no text from a
 * graph file ever reaches a statement.
 */
import { isNodeLabel, isRelType, type NodeLabel, type RelType } from '../../model';
import { loadCypher } from '../../db/cypher-files';

/** A label or type of the model as a backquoted Cypher token; anything else is refused. */
export function token(value: string, valid: boolean): string {
  if (!valid) throw new Error(`Not a label or relationship type of the model: ${value}`);
  return `\`${value}\``;
}

export function mergeNodesStatement(label: NodeLabel): string {
  return loadCypher('load/merge-nodes').replaceAll('__LABEL__', token(label, isNodeLabel(label)));
}

export function mergeSentencesStatement(): string {
  return loadCypher('load/merge-sentences');
}

export function mergeMentionsStatement(label: NodeLabel): string {
  return loadCypher('load/merge-mentions').replaceAll('__LABEL__', token(label, isNodeLabel(label)));
}

export function mergeRelationshipsStatement(type: RelType, start: NodeLabel, end: NodeLabel): string {
  return loadCypher('load/merge-relationships')
    .replaceAll('__TYPE__', token(type, isRelType(type)))
    .replaceAll('__START__', token(start, isNodeLabel(start)))
    .replaceAll('__END__', token(end, isNodeLabel(end)));
}
