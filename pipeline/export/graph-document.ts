/**
 * Export: the resolved graph as a GraphDocument ('govgraph/1'). Ids are readable and
 * deterministic, nodes and relationships are sorted by id, property keys come in a fixed
 * order, so the same input gives the same bytes. The document is checked against the model's
 * schema before anything is written.
 */
import { graphDocumentProblems, type GraphDocument, type GraphNode, type GraphRelationship } from '../../model/graph';
import type { Evidence } from '../../model/schema';
import { GraphValidationError } from '../errors';
import { normaliseEvidence } from '../resolve/evidence';
import type { NodeDraft, RelDraft } from '../resolve/graph-builder';
import type { Resolution } from '../resolve';
import type { Article, Problem } from '../types';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A draft's own evidence, or (for gazetteer-implied facts) the first few of its fallback. */
function provenance(draft: { evidence: Evidence[]; fallback: Evidence[] }): {
  articles: string[];
  evidence: Evidence[];
} {
  const evidence =
    draft.evidence.length > 0 ? normaliseEvidence(draft.evidence) : normaliseEvidence(draft.fallback).slice(0, 3);
  return { articles: [...new Set(evidence.map((e) => e.article))].sort(), evidence };
}

/** Fixed key order for the label's properties. */
const PROPERTY_ORDER = [
  'level',
  'kind',
  'code',
  'scope',
  'category',
  'county',
  'title',
  'status',
  'order',
  'role',
  'verb',
];

function ordered(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PROPERTY_ORDER) if (properties[key] !== undefined) out[key] = properties[key];
  return out;
}

function entityNode(d: NodeDraft): GraphNode {
  const properties = { name: d.name, aliases: [...d.aliases].sort(), ...ordered(d.properties), ...provenance(d) };
  return { id: d.id, labels: [d.label], properties } as GraphNode;
}

function relationship(r: RelDraft): GraphRelationship {
  return {
    id: r.id,
    type: r.type,
    start: r.start,
    end: r.end,
    properties: { ...ordered(r.properties), ...provenance(r) },
  } as GraphRelationship;
}

function articleNode(a: Article): GraphNode {
  return {
    id: `article:${a.id}`,
    labels: ['Article'],
    properties: {
      name: a.title,
      title: a.title,
      text: a.text,
      items: a.items,
      source: a.source,
      articles: [a.id],
      evidence: [],
    },
  } as GraphNode;
}

/** The model's one document check (the loader runs the same): a document that fails here is a bug of the extractor. */
export function validate(doc: GraphDocument): void {
  const problems = graphDocumentProblems(doc);
  if (problems.length)
    throw new GraphValidationError(`The extracted graph is invalid: ${problems.slice(0, 5).join('; ')}`);
}

export function toGraphDocument(
  articles: readonly Article[],
  resolution: Resolution,
  problems: readonly Problem[],
): GraphDocument {
  const { builder, mentions } = resolution;
  const nodes = [...articles.map(articleNode), ...[...builder.nodes.values()].map(entityNode)].sort(byId);
  const relationships = [...builder.rels.values()].map(relationship);
  for (const a of articles) {
    for (const [id, evidence] of mentions.get(a.id) ?? []) {
      if (!builder.nodes.has(id)) continue;
      const ev = normaliseEvidence(evidence);
      relationships.push({
        id: `MENTIONS:article:${a.id}->${id}`,
        type: 'MENTIONS',
        start: `article:${a.id}`,
        end: id,
        properties: { count: evidence.length, articles: [a.id], evidence: ev },
      });
    }
  }
  relationships.sort(byId);
  const doc: GraphDocument = {
    format: 'govgraph/1',
    generatedFrom: articles.map((a) => a.source).sort(),
    nodes,
    relationships,
    problems: [...problems].sort((a, b) =>
      a.source < b.source ? -1 : a.source > b.source ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
    ),
  };
  validate(doc);
  return doc;
}
