/**
 * Collects nodes and relationships with their evidence while mentions are resolved. A node
 * or relationship met again gains evidence, aliases and articles; its first properties stay.
 * Structural facts known only from the gazetteer (平陆县 in 运城市) carry the evidence of the
 * mention that needed them when nothing else gives them any.
 */
import type { Evidence, NodeLabel, RelType } from '../../model/schema';

export interface NodeDraft {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: Set<string>;
  properties: Record<string, unknown>;
  evidence: Evidence[];
  /** Evidence of mentions below this node, used only if it has none of its own. */
  fallback: Evidence[];
}

export interface RelDraft {
  id: string;
  type: RelType;
  start: string;
  end: string;
  properties: Record<string, unknown>;
  evidence: Evidence[];
  fallback: Evidence[];
}

export class GraphBuilder {
  readonly nodes = new Map<string, NodeDraft>();
  readonly rels = new Map<string, RelDraft>();

  node(id: string, label: NodeLabel, name: string, properties: Record<string, unknown> = {}): NodeDraft {
    let n = this.nodes.get(id);
    if (!n) {
      n = { id, label, name, aliases: new Set(), properties, evidence: [], fallback: [] };
      this.nodes.set(id, n);
    }
    return n;
  }

  mention(id: string, evidence: Evidence, surface = evidence.surface): void {
    const n = this.nodes.get(id);
    if (!n) return;
    n.evidence.push(evidence);
    if (surface !== n.name) n.aliases.add(surface);
  }

  rel(
    type: RelType,
    start: string,
    end: string,
    properties: Record<string, unknown>,
    evidence: Evidence | undefined,
    qualifier?: string,
  ): RelDraft {
    const id = `${type}:${start}->${end}${qualifier ? `:${qualifier}` : ''}`;
    let r = this.rels.get(id);
    if (!r) {
      r = { id, type, start, end, properties, evidence: [], fallback: [] };
      this.rels.set(id, r);
    }
    if (evidence) r.evidence.push(evidence);
    return r;
  }
}

/** Fold node `from` into `into`: its evidence, aliases and relationships move over (before MENTIONS are counted). */
export function mergeNode(builder: GraphBuilder, from: string, into: string): void {
  const a = builder.nodes.get(from);
  const b = builder.nodes.get(into);
  if (!a || !b || from === into) return;
  b.evidence.push(...a.evidence);
  b.fallback.push(...a.fallback);
  for (const alias of [a.name, ...a.aliases]) if (alias !== b.name) b.aliases.add(alias);
  builder.nodes.delete(from);
  for (const r of [...builder.rels.values()]) {
    if (r.start !== from && r.end !== from) continue;
    builder.rels.delete(r.id);
    const start = r.start === from ? into : r.start;
    const end = r.end === from ? into : r.end;
    if (start === end) continue;
    const qualifier = r.id.slice(`${r.type}:${r.start}->${r.end}`.length + 1);
    const merged = builder.rel(r.type, start, end, r.properties, undefined, qualifier || undefined);
    merged.evidence.push(...r.evidence);
    merged.fallback.push(...r.fallback);
  }
}
