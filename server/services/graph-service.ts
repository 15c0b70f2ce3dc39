/**
 * The graph endpoints: single nodes and articles (internal Cypher), and the user's questions
 * (search, neighbourhood, path, shared initiatives, who leads) answered by the named library's
 * queries, shaped here into the responses of model/api.ts.
 */
import type {
  ArticleResponse,
  CountiesResponse,
  GraphNode,
  GraphPayload,
  GraphRelationship,
  HierarchyEntry,
  LeadersResponse,
  NodeLabel,
  NodeResponse,
  PathResponse,
  QueryResult,
  RelType,
  SearchResponse,
  SharedInitiative,
  SharedInitiativesResponse,
} from '../../model';
import { loadCypher } from '../../db/cypher-files';
import { NotFoundError, ValidationError } from '../errors';
import { log } from '../log';
import type { QueryRunner, RunLimits } from '../repositories/query-runner';
import { EvidenceReader } from './evidence';
import type { QueryLibrary } from './query-library';

interface RunnerRow {
  runner: GraphNode;
  rel: GraphRelationship;
}

/** A county column of the shared-initiatives query: a name, or the county Place itself. */
function countyName(county: unknown): string {
  if (county && typeof county === 'object' && 'properties' in county) {
    const node = county as GraphNode;
    return String(node.properties.name ?? node.id);
  }
  return String(county);
}

/** Merges graph pieces, each node and relationship once. */
function mergeGraph(nodes: GraphNode[], relationships: GraphRelationship[]): GraphPayload {
  return {
    nodes: [...new Map(nodes.map((n) => [n.id, n])).values()],
    relationships: [...new Map(relationships.map((r) => [r.id, r])).values()],
  };
}

/**
 * Subgraphs are for drawing: an Article's full text (tens of kB each) stays out of them and is
 * fetched from /api/articles/:id when the user opens the article.
 */
function drawable(graph: GraphPayload): GraphPayload {
  const nodes = graph.nodes.map((n) => {
    if (!n.labels.includes('Article')) return n;
    const { text: _text, ...properties } = n.properties as GraphNode<'Article'>['properties'];
    return { ...n, properties } as GraphNode;
  });
  return { ...graph, nodes };
}

/** The library queries these endpoints run. */
export const REQUIRED_LIBRARY_QUERIES = [
  'search',
  'neighborhood',
  'shortest-path',
  'shared-initiatives',
  'who-leads',
] as const;

export class GraphService {
  private readonly evidence = new EvidenceReader((name, params) => this.internal(name, params));

  constructor(
    private readonly runner: QueryRunner,
    private readonly library: QueryLibrary,
    private readonly limits: RunLimits,
  ) {
    const missing = REQUIRED_LIBRARY_QUERIES.filter((name) => !library.has(name));
    if (missing.length) log.warn('named queries missing from the library: their endpoints answer 404', { missing });
  }

  private internal(name: string, params: Record<string, unknown>): Promise<QueryResult> {
    return this.runner.run(loadCypher(`internal/${name}`), params, this.limits);
  }

  private async nodeByKey(key: string): Promise<GraphNode | undefined> {
    return (await this.internal('node-by-key', { key })).rows[0]?.n as GraphNode | undefined;
  }

  /** Relationships with their evidence, by id (the evidence of their ends is not read). */
  private async withEvidence(rels: GraphRelationship[]): Promise<Map<string, GraphRelationship>> {
    const { relationships } = await this.evidence.attach({ nodes: [], relationships: rels });
    return new Map(relationships.map((r) => [r.id, r]));
  }

  async search(q: string, labels: NodeLabel[] = [], limit = 20): Promise<SearchResponse> {
    const result = await this.library.run('search', { q, labels, limit });
    return { query: q, hits: result.rows.map((r) => ({ node: r.node as GraphNode, score: Number(r.score) })) };
  }

  async node(id: string): Promise<NodeResponse> {
    const node = (await this.internal('node-by-id', { id })).rows[0]?.n as GraphNode | undefined;
    if (!node) throw new NotFoundError(`There is no node with id '${id}'.`, { id });
    const { nodes } = await this.evidence.attach({ nodes: [node], relationships: [] });
    return { node: nodes[0]! };
  }

  async article(id: string): Promise<ArticleResponse> {
    const article = (await this.internal('article-by-id', { id })).rows[0]?.a as GraphNode<'Article'> | undefined;
    if (!article) throw new NotFoundError(`There is no article with id '${id}'.`, { id });
    return { article };
  }

  async neighbors(id: string, depth: number, limit: number, types: RelType[] = []): Promise<GraphPayload> {
    const result = await this.library.run('neighborhood', { id, depth, limit, types });
    const row = result.rows[0];
    if (!row) throw new NotFoundError(`There is no node with id '${id}'.`, { id });
    return {
      ...(await this.evidence.attach(drawable(result.graph))),
      truncated: Boolean(row.truncated) || result.truncated,
    };
  }

  async path(from: string, to: string, maxLength: number): Promise<PathResponse> {
    const result = await this.library.run('shortest-path', { from, to, maxLength });
    if (result.rows.length > 0) return { found: true, graph: await this.evidence.attach(drawable(result.graph)) };
    // No path: say whether an end does not exist at all, which the user would want to fix.
    for (const [field, key] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!(await this.nodeByKey(key)))
        throw new NotFoundError(`There is no node with id or name '${key}' (${field}).`, { field, key });
    }
    return { found: false, graph: { nodes: [], relationships: [] } };
  }

  /** The `limit` initiatives run in the most counties, of which those run in at least minCounties are listed. */
  async sharedInitiatives(minCounties: number, limit: number): Promise<SharedInitiativesResponse> {
    // Initiatives run in at least one county: the counties of the top ones give the matrix its columns.
    const result = await this.library.run('shared-initiatives', { minCounties: 1, limit });
    const rels = await this.withEvidence(
      result.rows.flatMap((row) =>
        (row.counties as { runners: RunnerRow[] }[]).flatMap((c) => c.runners.map((r) => r.rel)),
      ),
    );
    const all: SharedInitiative[] = result.rows.map((row) => ({
      node: row.initiative as GraphNode,
      countyCount: Number(row.countyCount),
      counties: (row.counties as { county: unknown; runners: RunnerRow[] }[]).map(({ county, runners }) => ({
        county: countyName(county),
        runners: runners.map(({ runner, rel }) => ({
          id: runner.id,
          name: String(runner.properties.name ?? runner.id),
          labels: runner.labels,
          relationship: rels.get(rel.id) ?? rel,
        })),
      })),
    }));
    const counties = [...new Set(all.flatMap((i) => i.counties.map((c) => c.county)))].sort((a, b) =>
      a.localeCompare(b, 'zh'),
    );
    const initiatives = all.filter((i) => i.countyCount >= minCounties);
    const runnerRows = result.rows
      .filter((row) => Number(row.countyCount) >= minCounties)
      .flatMap((row) => (row.counties as { runners: RunnerRow[] }[]).flatMap((c) => c.runners));
    const graph = await this.evidence.attach(
      mergeGraph(
        [...initiatives.map((i) => i.node), ...runnerRows.map((r) => r.runner)],
        runnerRows.map((r) => rels.get(r.rel.id) ?? r.rel),
      ),
    );
    return { minCounties, counties, initiatives, graph: { ...graph, truncated: result.truncated } };
  }

  /** asOf: only the posts seen in the latest article on or before that day (YYYY-MM-DD). */
  async leaders(scopeKey: string, asOf?: string): Promise<LeadersResponse> {
    const result = await this.library.run('who-leads', { scope: scopeKey, asOf: asOf ?? '' });
    const scope = (result.rows[0]?.scope as GraphNode | undefined) ?? (await this.nodeByKey(scopeKey));
    if (!scope)
      throw new NotFoundError(`There is no place or body with id or name '${scopeKey}'.`, { scope: scopeKey });
    if (!scope.labels.some((l) => l === 'Place' || l === 'Organization')) {
      const message = `scope must be a place or a body; '${scopeKey}' is ${scope.labels.join(', ')}`;
      throw new ValidationError(`Invalid request: ${message}.`, { issues: [{ field: 'scope', message }] });
    }
    const posts = await this.withEvidence(result.rows.map((row) => row.post as GraphRelationship));
    const tree: HierarchyEntry = { node: scope, posts: [], children: [] };
    for (const row of result.rows) {
      // chain runs from the scope down to the body where the post is held.
      const chain = row.chain as GraphNode[];
      let entry = tree;
      for (const node of chain.slice(1)) {
        let child = entry.children.find((c) => c.node.id === node.id);
        if (!child) entry.children.push((child = { node, posts: [], children: [] }));
        entry = child;
      }
      const relationship = posts.get((row.post as GraphRelationship).id)!;
      if (!entry.posts.some((p) => p.relationship.id === relationship.id)) {
        entry.posts.push({
          person: row.person as GraphNode,
          title: String(row.title ?? (relationship.properties as { title?: unknown }).title ?? ''),
          relationship,
        });
      }
    }
    const graph = await this.evidence.attach({
      ...result.graph,
      ...(result.graph.nodes.length ? {} : { nodes: [scope] }),
    });
    return { scope, tree, graph: { ...graph, truncated: result.truncated } };
  }

  async counties(): Promise<CountiesResponse> {
    const result = await this.internal('counties', {});
    return { counties: result.rows.map((r) => ({ id: String(r.id), name: String(r.name) })) };
  }
}
