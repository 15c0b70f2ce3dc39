/**
 * The graph endpoints: single nodes and articles (internal Cypher), and the user's questions
 * (search, neighbourhood, path, shared initiatives, who leads) answered by the named library's
 * queries, shaped here into the responses of model/api.ts.
 */
import type {
  ArticleResponse,
  Evidence,
  InitiativeRunnersResponse,
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
import { EvidenceReader, relationshipWith } from './evidence';
import type { QueryLibrary } from './query-library';

/** The derived county lists of a concept: the response carries them once, as `counties`. */
function withoutIncidenceLists(node: GraphNode): GraphNode {
  const { counties: _counties, countyRunners: _runners, ...properties } = node.properties as Record<string, unknown>;
  return { ...node, properties } as GraphNode;
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
  'initiative-adopters',
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

  /**
   * The `limit` initiatives run in the most counties, of which those run in at least minCounties are
   * listed: the matrix only, read from the concepts' derived incidence (no runner is visited).
   */
  async sharedInitiatives(minCounties: number, limit: number): Promise<SharedInitiativesResponse> {
    // Initiatives run in at least one county: the counties of the top ones give the matrix its columns.
    const result = await this.library.run('shared-initiatives', { minCounties: 1, limit });
    const all: SharedInitiative[] = result.rows.map((row) => ({
      node: withoutIncidenceLists(row.initiative as GraphNode),
      countyCount: Number(row.countyCount),
      counties: (row.counties as unknown[]).map((county, k) => ({
        county: String(county),
        runnerCount: Number((row.runnerCounts as unknown[])[k]),
      })),
    }));
    const counties = [...new Set(all.flatMap((i) => i.counties.map((c) => c.county)))].sort((a, b) =>
      a.localeCompare(b, 'zh'),
    );
    return { minCounties, counties, initiatives: all.filter((i) => i.countyCount >= minCounties) };
  }

  /** Who runs an initiative or mechanism, in one county or all, each RUNS with its evidence. */
  async initiativeRunners(id: string, county: string | undefined, limit: number): Promise<InitiativeRunnersResponse> {
    // One more row than asked says whether there are more.
    const result = await this.library.run('initiative-adopters', {
      initiative: id,
      county: county ?? '',
      limit: limit + 1,
    });
    const initiative =
      (result.rows[0]?.initiative as GraphNode | undefined) ??
      ((await this.internal('node-by-id', { id })).rows[0]?.n as GraphNode | undefined);
    if (!initiative || !initiative.labels.some((l) => l === 'Initiative' || l === 'Mechanism'))
      throw new NotFoundError(`There is no initiative or mechanism with id '${id}'.`, { id });
    const runners = result.rows.slice(0, limit).map((row) => {
      const runner = row.runner as GraphNode;
      return {
        id: runner.id,
        name: String(runner.properties.name ?? runner.id),
        labels: runner.labels,
        county: row.county === null || row.county === undefined ? null : String(row.county),
        relationship: relationshipWith(row.rel as GraphRelationship, row.evidence as Evidence[]),
      };
    });
    return {
      initiative: withoutIncidenceLists(initiative),
      county: county ?? null,
      runners,
      truncated: result.rows.length > limit,
    };
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
