/**
 * Neo4j's EXPLAIN notifications as the console's warnings: a typed query that compiles but names a
 * label, property or relationship type the graph does not have (`p.nmae`) would otherwise return
 * blank rows without a word. The kind is for the client to say it in the UI language; the name is
 * read from Neo4j's description ("… (the missing property name is: nmae)").
 */
import type { QueryWarning, QueryWarningKind } from '../../model';
import type { PlanNotification } from '../repositories/query-runner';

const KINDS: Record<string, QueryWarningKind> = {
  'Neo.ClientNotification.Statement.UnknownLabelWarning': 'unknown_label',
  'Neo.ClientNotification.Statement.UnknownPropertyKeyWarning': 'unknown_property',
  'Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning': 'unknown_relationship_type',
  'Neo.ClientNotification.Statement.CartesianProduct': 'cartesian_product',
};

/** "(the missing label name is: 某标签)" or "(identifier is: (b))" at the end of the description. */
const NAMED = /\((?:the missing [\w ]+? is|identifier is): (.+)\)\s*$/;

export function queryWarnings(notifications: readonly PlanNotification[]): QueryWarning[] {
  return notifications.map((n) => {
    const name = NAMED.exec(n.description)?.[1]?.trim();
    return {
      kind: KINDS[n.code] ?? 'other',
      code: n.code,
      ...(name ? { name } : {}),
      message: n.description,
      ...(n.position ? { position: n.position } : {}),
    };
  });
}
