/**
 * Resolve: turn every article's mentions and facts into one set of nodes and relationships,
 * one node per real thing (see places.ts, organizations.ts, concepts.ts), each with the
 * evidence it was read from.
 */
import type { Evidence } from '../../model/schema';
import type { ArticleExtraction } from '../extract';
import type { Mention } from '../types';
import { articleContext, countyPrefix, type ArticleContext } from './context';
import { cityPrefix, componentRef, resolveConcepts, type ConceptRef } from './concepts';
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

/** Scope of people credited by the paper (记者, 责编): the paper, the same in every article. */
const PAPER_SCOPE = '本报';

/**
 * Person ids from the article alone, so extracting articles one at a time gives the same ids
 * as all at once: person:<scope>/<name>, the scope being the county of the body of the
 * person's first post in the article (the city or province for a post above counties), 本报
 * for a person the paper credits, else the county the article is about; person:<name> when
 * the article gives none. A scope is its division code when the gazetteer knows it, so namesakes
 * in two counties of the same name are two people too; a bare mention of a name is the person the
 * article introduced under it.
 */
function personScopes(x: ArticleExtraction, r: ArticleResolvers): Map<string, string> {
  const out = new Map<string, string>();
  const key = (step: PlacePath[number] | undefined) => (step ? (step.code ?? step.name) : undefined);
  const scopeOfPath = (path: PlacePath | undefined) =>
    path
      ? key((countyPrefix(path) ?? path.filter((p) => p.level === 'city' || p.level === 'province')).at(-1))
      : undefined;
  for (const f of x.facts) {
    const name = x.mentions[f.from]!.name;
    if (f.type !== 'HOLDS_POST' || out.has(name)) continue;
    const body = x.mentions[f.to]!;
    const ref = body.label === 'Organization' ? r.orgs.resolve(body) : undefined;
    const scope =
      body.label === 'Organization'
        ? (ref?.countyKey ?? scopeOfPath(ref?.located))
        : scopeOfPath(r.places.path(body, r.context));
    if (scope) out.set(name, scope);
  }
  for (const c of x.credits) {
    const name = x.mentions[c.person]!.name;
    if (!out.has(name)) out.set(name, PAPER_SCOPE);
  }
  const page = key(r.context.pageCounty?.at(-1));
  for (const m of x.mentions) if (m.label === 'Person' && !out.has(m.name) && page) out.set(m.name, page);
  return out;
}

const personId = (scopes: Map<string, string>, name: string) => {
  const scope = scopes.get(name);
  return scope ? `person:${scope}/${name}` : `person:${name}`;
};

function resolveArticle(
  builder: GraphBuilder,
  x: ArticleExtraction,
  { places, context, orgs }: ArticleResolvers,
  concepts: Map<ConceptMention, ConceptRef>,
  scopes: Map<string, string>,
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
        id = personId(scopes, m.name);
        builder.node(id, 'Person', m.name);
        break;
      default: {
        const owner = m.componentOf ? x.mentions[m.componentOf.mention] : undefined;
        const parentRef = owner ? concepts.get(owner as ConceptMention) : undefined;
        const ref = parentRef ? componentRef(parentRef, m) : concepts.get(m as ConceptMention);
        if (!ref) break;
        id = ref.id;
        builder.node(id, ref.label, ref.name, {
          ...(ref.kind ? { kind: ref.kind } : {}),
          ...(ref.code ? { code: ref.code } : {}),
          scope: ref.scope,
          ...(ref.category ? { category: ref.category } : {}),
        });
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
    if (f.type === 'HOLDS_POST') {
      const { title, status } = f.properties;
      // A former or proposed post is a statement of its own, next to the current one.
      builder.rel(
        'HOLDS_POST',
        from,
        to,
        { title, status },
        ev,
        status === 'current' ? String(title) : `${title}:${status}`,
      );
    } else if (f.type === 'PARTNERS_WITH') {
      const [a, b] = from < to ? [from, to] : [to, from];
      builder.rel('PARTNERS_WITH', a, b, { kind: f.properties.kind }, ev, String(f.properties.kind));
    } else builder.rel(f.type, from, to, f.properties, ev);
  }
  for (const c of x.credits) {
    const person = ids.get(c.person);
    if (person)
      builder.rel(
        'CREDITED',
        person,
        `article:${x.article.id}`,
        { role: c.role },
        evidenceOf(c.sentence, c.surface),
        c.role,
      );
  }
  const ownPath = (m: Mention): PlacePath | undefined =>
    m.label === 'Place' ? places.path(m, context) : m.label === 'Organization' ? orgs.resolve(m)?.located : undefined;
  for (const p of x.pendingRuns) {
    const concept = ids.get(p.concept.index);
    const topic = context.topics.get(p.sentence.item);
    const itemPlace = topic?.path ?? (topic ? undefined : context.pageCounty);
    // A city's practice (a goal a county takes up, a banner): the city above the runner or the page.
    const where = p.city
      ? cityPrefix((p.city.from && ownPath(p.city.from)) ?? itemPlace ?? context.pageCounty)
      : itemPlace;
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
  const conceptMentions = extractions.flatMap((x) =>
    x.mentions.filter((m): m is ConceptMention => m.label === 'Initiative' || m.label === 'Mechanism'),
  );
  const concepts = resolveConcepts(conceptMentions);
  const resolvers = extractions.map(resolversFor);
  const perArticle = extractions.map((x, k) => ({
    x,
    ids: resolveArticle(builder, x, resolvers[k]!, concepts, personScopes(x, resolvers[k]!)),
  }));

  const orgs = [...builder.nodes.values()].filter((n) => n.label === 'Organization');
  const parents = new Map<string, string>();
  for (const r of builder.rels.values())
    if ((r.type === 'LOCATED_IN' || r.type === 'PART_OF') && !parents.has(r.start)) parents.set(r.start, r.end);
  const merges = typoMerges(
    orgs.map((n) => ({
      id: n.id,
      name: n.name,
      kind: n.properties.kind as never,
      county: n.properties.county as string | undefined,
      parent: parents.get(n.id),
      articles: [...new Set(n.evidence.map((e) => e.article))],
      weight: n.evidence.length,
    })),
  );
  for (const [from, into] of merges) mergeNode(builder, from, into);

  const mentions = new Map<string, Map<string, Evidence[]>>();
  for (const { x, ids } of perArticle) {
    const byId = new Map<string, Evidence[]>();
    for (const [index, id] of ids) {
      const m = x.mentions[index]!;
      const target = merges.get(id) ?? id;
      const list = byId.get(target);
      if (list) list.push(evidenceOf(m.sentence, m.surface));
      else byId.set(target, [evidenceOf(m.sentence, m.surface)]);
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
