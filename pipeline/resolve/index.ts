/**
 * Resolve: turn every article's mentions and facts into one set of nodes and relationships,
 * one node per real thing (see places.ts, organizations.ts, concepts.ts), each with the
 * evidence it was read from.
 */
import type { Evidence } from '../../model/schema';
import type { ArticleExtraction } from '../extract';
import type { Mention } from '../types';
import { articleContext, countyPrefix, type ArticleContext } from './context';
import { componentRef, resolveConcepts, type ConceptRef } from './concepts';
import { evidenceOf } from './evidence';
import { GraphBuilder, mergeNode } from './graph-builder';
import { OrgResolver, typoMerges } from './organizations';
import { PlaceResolver, placeId, type PlacePath } from './places';

type ConceptMention = Mention & { label: 'Initiative' | 'Mechanism' };

/**
 * Place nodes for every step of a path, LOCATED_IN each to the one above. The evidence is the
 * last place's own (its mention) unless `mentioned` is false (a body's place, a runner taken
 * from context); places above it keep it only as fallback.
 */
function placePath(builder: GraphBuilder, path: PlacePath, evidence: Evidence, mentioned = true): string {
  let parent: string | undefined;
  for (let k = 0; k < path.length; k += 1) {
    const step = path[k]!;
    const prefix = path.slice(0, k + 1);
    const id = placeId(prefix);
    const county = countyPrefix(prefix)?.at(-1)?.name;
    const node = builder.node(id, 'Place', step.name, { level: step.level, ...(county ? { county } : {}) });
    const own = mentioned && k === path.length - 1;
    if (!own) node.fallback.push(evidence);
    if (parent) {
      const r = builder.rel('LOCATED_IN', id, parent, {}, own ? evidence : undefined);
      if (!own) r.fallback.push(evidence);
    }
    parent = id;
  }
  return parent!;
}

interface ArticleResolvers {
  places: PlaceResolver;
  context: ArticleContext;
  orgs: OrgResolver;
}

function resolversFor(x: ArticleExtraction): ArticleResolvers {
  const places = new PlaceResolver(x.mentions);
  places.prime();
  const context = articleContext(x, (m) => places.ownPath(m));
  return { places, context, orgs: new OrgResolver(x.mentions, places, context) };
}

/** The county of the body of each person's posts in one article. */
function postCounties(x: ArticleExtraction, r: ArticleResolvers): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of x.facts) {
    if (f.type !== 'HOLDS_POST') continue;
    const body = x.mentions[f.to]!;
    const county = body.label === 'Organization' ? r.orgs.resolve(body)?.county : countyPrefix(r.places.path(body, r.context))?.at(-1)?.name;
    if (county) out.set(x.mentions[f.from]!.name, county);
  }
  return out;
}

/**
 * People are one node per name, unless the input has the same name holding posts in different
 * counties: then each county's holder is its own node (person:<name>@<county>), and a bare
 * mention where the article gives no post stays person:<name>.
 */
function personIds(all: ReadonlyArray<Map<string, string>>): (name: string, article: number) => string {
  const counties = new Map<string, Set<string>>();
  for (const m of all) for (const [name, county] of m) counties.set(name, (counties.get(name) ?? new Set()).add(county));
  return (name, article) => {
    const county = all[article]!.get(name);
    return county && (counties.get(name)?.size ?? 0) > 1 ? `person:${name}@${county}` : `person:${name}`;
  };
}

function resolveArticle(
  builder: GraphBuilder,
  x: ArticleExtraction,
  { places, context, orgs }: ArticleResolvers,
  concepts: Map<ConceptMention, ConceptRef>,
  personId: (name: string) => string,
): Map<number, string> {
  const ids = new Map<number, string>();

  const refOf = (m: Mention): string | undefined => {
    if (ids.has(m.index)) return ids.get(m.index);
    const ev = evidenceOf(m.sentence, m.surface);
    let id: string | undefined;
    switch (m.label) {
      case 'Place':
        id = placePath(builder, places.path(m, context), ev);
        break;
      case 'Organization': {
        const ref = orgs.resolve(m);
        if (!ref) break;
        id = ref.id;
        builder.node(id, 'Organization', ref.name, { kind: ref.kind, ...(ref.county ? { county: ref.county } : {}) });
        if (ref.located) builder.rel('LOCATED_IN', id, placePath(builder, ref.located, ev, false), {}, ev);
        const parent = m.parent !== undefined ? x.mentions[m.parent] : undefined;
        if (ref.partOf && parent) {
          const parentId = refOf(parent);
          if (parentId) builder.rel('PART_OF', id, parentId, {}, ev);
        }
        break;
      }
      case 'Person':
        id = personId(m.name);
        builder.node(id, 'Person', m.name);
        break;
      default: {
        const owner = m.componentOf ? x.mentions[m.componentOf.mention] : undefined;
        const parentRef = owner ? concepts.get(owner as ConceptMention) : undefined;
        const ref = parentRef ? componentRef(parentRef, m) : concepts.get(m as ConceptMention);
        if (!ref) break;
        id = ref.id;
        builder.node(id, ref.label, ref.name, { ...(ref.kind ? { kind: ref.kind } : {}), ...(ref.code ? { code: ref.code } : {}) });
      }
    }
    if (id) {
      // Surface forms are kept as aliases (中共新绛县委, 县委); a name implied by a title (县长) is not one.
      builder.mention(id, ev, m.implied ? builder.nodes.get(id)!.name : m.surface);
      ids.set(m.index, id);
    }
    return id;
  };
  for (const m of x.mentions) refOf(m);

  for (const f of x.facts) {
    const from = ids.get(f.from);
    const to = ids.get(f.to);
    if (!from || !to || from === to) continue;
    const ev = evidenceOf(f.sentence, f.surface);
    if (f.type === 'HOLDS_POST') builder.rel('HOLDS_POST', from, to, { title: f.properties.title }, ev, String(f.properties.title));
    else if (f.type === 'PARTNERS_WITH') {
      const [a, b] = from < to ? [from, to] : [to, from];
      builder.rel('PARTNERS_WITH', a, b, { kind: f.properties.kind }, ev, String(f.properties.kind));
    } else builder.rel(f.type, from, to, f.properties, ev);
  }
  for (const p of x.pendingRuns) {
    const concept = ids.get(p.concept.index);
    const topic = context.topics.get(p.sentence.item);
    const where = topic?.path ?? (topic ? undefined : context.pageCounty);
    if (!concept || !where) continue;
    const ev = evidenceOf(p.sentence, p.concept.surface);
    builder.rel('RUNS', placePath(builder, where, ev, false), concept, p.verb ? { verb: p.verb } : {}, ev);
  }
  return ids;
}

export interface Resolution {
  builder: GraphBuilder;
  /** Per article: entity id → the evidence of its mentions there. */
  mentions: Map<string, Map<string, Evidence[]>>;
}

export function resolve(extractions: readonly ArticleExtraction[]): Resolution {
  const builder = new GraphBuilder();
  const conceptMentions = extractions.flatMap((x) => x.mentions.filter((m): m is ConceptMention => m.label === 'Initiative' || m.label === 'Mechanism'));
  const concepts = resolveConcepts(conceptMentions);
  const resolvers = extractions.map(resolversFor);
  const personId = personIds(extractions.map((x, k) => postCounties(x, resolvers[k]!)));
  const perArticle = extractions.map((x, k) => ({ x, ids: resolveArticle(builder, x, resolvers[k]!, concepts, (name) => personId(name, k)) }));

  const orgs = [...builder.nodes.values()].filter((n) => n.label === 'Organization');
  const merges = typoMerges(orgs.map((n) => ({ id: n.id, name: n.name, kind: n.properties.kind as never, county: n.properties.county as string | undefined, weight: n.evidence.length })));
  for (const [from, into] of merges) mergeNode(builder, from, into);

  const mentions = new Map<string, Map<string, Evidence[]>>();
  for (const { x, ids } of perArticle) {
    const byId = new Map<string, Evidence[]>();
    for (const [index, id] of ids) {
      const m = x.mentions[index]!;
      const target = merges.get(id) ?? id;
      byId.set(target, [...(byId.get(target) ?? []), evidenceOf(m.sentence, m.surface)]);
    }
    mentions.set(x.article.id, byId);
  }
  assignCounties(builder);
  return { builder, mentions };
}

/**
 * People take the county of their first post's body; practices the one county all their
 * runners share; components the county of their mechanism.
 */
function assignCounties(builder: GraphBuilder): void {
  const countyOf = (id: string) => builder.nodes.get(id)?.properties.county as string | undefined;
  const rels = [...builder.rels.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const r of rels) {
    if (r.type !== 'HOLDS_POST') continue;
    const person = builder.nodes.get(r.start);
    const county = countyOf(r.end);
    if (person && county && person.properties.county === undefined) person.properties.county = county;
  }
  const runners = new Map<string, Set<string>>();
  for (const r of rels) {
    if (r.type !== 'RUNS') continue;
    const county = countyOf(r.start);
    const set = runners.get(r.end) ?? new Set<string>();
    set.add(county ?? '?');
    runners.set(r.end, set);
  }
  for (const [id, set] of runners) {
    const n = builder.nodes.get(id);
    if (n && set.size === 1 && !set.has('?')) n.properties.county = [...set][0];
  }
  for (const r of rels) {
    const part = builder.nodes.get(r.start);
    const county = countyOf(r.end);
    if (r.type === 'PART_OF' && part?.label === 'Mechanism' && county) part.properties.county = county;
  }
}
