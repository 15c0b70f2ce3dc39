/**
 * Scores an extracted graph against hand annotations of some of its articles (one split).
 * Only facts the graph reads from an annotated article count for that article.
 *
 * Matching:
 * - a person, place or concept matches a node when the annotated name is the node's name or one of
 *   its aliases (concepts also by any annotated surface form and by the concept key of either);
 * - a post's body matches leniently: the name or an alias, or, when one ends with the other and the
 *   shorter is at least four characters and does not start with a bare level word (县/镇/乡/村/区/市/街),
 *   that one (杭州市余杭区委 ≈ 余杭区委, but 村党支部 ≉ 东塘村党支部); titles must be equal;
 * - a place's parent is right when it is the name of any place above it on its LOCATED_IN chain.
 *
 * Measures (counts are summed over the split's articles):
 * - posts: precision and recall of (person, title, body); every HOLDS_POST read in the article is a
 *   prediction, so credits and 村民 that became posts are false positives;
 * - post status: of the annotated posts found, those whose `status` (absent = current) is right;
 * - credits as posts: annotated credits for which the article yields a HOLDS_POST of that person with
 *   that role as title or in 本报; credits found: CREDITED of that person with that role; 村民/党员 made
 *   posts: annotated non-posts with any HOLDS_POST that is not one of the article's annotated posts;
 * - places: recall, precision (mentioned places below city level that no annotation names),
 *   parent right among the places found, level right among those annotated with a level;
 * - concepts (initiatives and mechanisms, components excluded): recall and precision;
 * - shared concepts: a concept annotated in two or more counties of the split gives one (concept,
 *   county) pair per county; a pair is found when a node of that concept is run in that county
 *   (a runner whose county is it, or the node's own `county`); joined: all of a concept's counties
 *   found on one node;
 * - people: Person nodes mentioned in the split's articles whose name an article mentioning them
 *   lists among its people.
 */
import type { GraphDocument, GraphNode, GraphRelationship } from '../../model/graph';
import { conceptKey } from '../../pipeline/extract/concept-key';
import type { ScoredAnnotation } from './annotation';

/** k of n, with the items behind the misses and the wrong predictions. */
export interface Ratio {
  k: number;
  n: number;
  /** k / n, or null when n is 0 (nothing to measure). */
  value: number | null;
  /** What was expected and not found, or predicted and wrong (depends on the measure). */
  wrong: string[];
}

export interface SplitScore {
  articles: number;
  postsPrecision: Ratio;
  postsRecall: Ratio;
  postStatus: Ratio;
  creditsAsPosts: Ratio;
  creditsFound: Ratio;
  nonPostsAsPosts: Ratio;
  placesRecall: Ratio;
  placesPrecision: Ratio;
  placeParent: Ratio;
  placeLevel: Ratio;
  conceptsRecall: Ratio;
  conceptsPrecision: Ratio;
  sharedPairs: Ratio;
  sharedJoined: Ratio;
  personNodes: Ratio;
}

export function ratio(k: number, n: number, wrong: string[] = []): Ratio {
  return { k, n, value: n === 0 ? null : k / n, wrong };
}

const COUNTY_LEVEL = 'county';
const LEVEL_WORD = /^[县镇乡村区市街]/;

/** The graph indexed for scoring: names, ancestors, counties of runners. */
class GraphIndex {
  readonly nodes: Map<string, GraphNode>;
  private readonly parentOf = new Map<string, string>();
  private readonly mentionsOf = new Map<string, Set<string>>();
  readonly rels: GraphRelationship[];

  constructor(doc: GraphDocument) {
    this.nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    this.rels = doc.relationships;
    for (const r of doc.relationships) {
      if (r.type === 'LOCATED_IN' && !this.parentOf.has(r.start)) this.parentOf.set(r.start, r.end);
      if (r.type === 'MENTIONS') {
        const set = this.mentionsOf.get(r.start) ?? new Set<string>();
        set.add(r.end);
        this.mentionsOf.set(r.start, set);
      }
    }
  }

  label(id: string): string | undefined {
    return this.nodes.get(id)?.labels[0];
  }

  prop(id: string, key: string): unknown {
    return (this.nodes.get(id)?.properties as Record<string, unknown> | undefined)?.[key];
  }

  namesOf(id: string): string[] {
    const n = this.nodes.get(id);
    if (!n) return [];
    return [String(n.properties.name), ...(((n.properties as { aliases?: string[] }).aliases ?? []) as string[])];
  }

  is(id: string, name: string): boolean {
    return this.namesOf(id).includes(name);
  }

  mentioned(article: string): string[] {
    return [...(this.mentionsOf.get(`article:${article}`) ?? [])];
  }

  /** Relationships read in the article (its id among their `articles`). */
  readIn(article: string): GraphRelationship[] {
    return this.rels.filter((r) => ((r.properties as { articles?: string[] }).articles ?? []).includes(article));
  }

  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>([id]);
    for (let p = this.parentOf.get(id); p && !seen.has(p); p = this.parentOf.get(p)) {
      seen.add(p);
      out.push(p);
    }
    return out;
  }

  /** The county of a node: its `county`, itself when it is a county, or the county above it. */
  countyOf(id: string): string | undefined {
    const own = this.prop(id, 'county');
    if (typeof own === 'string') return own;
    for (const p of [id, ...this.ancestors(id)]) {
      if (this.label(p) === 'Place' && this.prop(p, 'level') === COUNTY_LEVEL) return String(this.prop(p, 'name'));
    }
    return undefined;
  }
}

export function bodyMatches(nodeNames: readonly string[], body: string): boolean {
  return nodeNames.some((n) => {
    if (n === body) return true;
    const [shorter, longer] = n.length < body.length ? [n, body] : [body, n];
    return shorter.length >= 4 && !LEVEL_WORD.test(shorter) && longer.endsWith(shorter);
  });
}

function conceptMatches(g: GraphIndex, id: string, forms: readonly string[]): boolean {
  const names = g.namesOf(id);
  const keys = new Set(names.map(conceptKey));
  return forms.some((f) => names.includes(f) || keys.has(conceptKey(f)));
}

const isConceptNode = (g: GraphIndex, id: string) => g.label(id) === 'Initiative' || g.label(id) === 'Mechanism';

export function scoreSplit(doc: GraphDocument, annotations: readonly ScoredAnnotation[]): SplitScore {
  const g = new GraphIndex(doc);
  const acc = {
    postPred: { k: 0, n: 0, wrong: [] as string[] },
    postGold: { k: 0, n: 0, wrong: [] as string[] },
    status: { k: 0, n: 0, wrong: [] as string[] },
    creditsAsPosts: { k: 0, n: 0, wrong: [] as string[] },
    creditsFound: { k: 0, n: 0, wrong: [] as string[] },
    nonPosts: { k: 0, n: 0, wrong: [] as string[] },
    placeGold: { k: 0, n: 0, wrong: [] as string[] },
    placePred: { k: 0, n: 0, wrong: [] as string[] },
    parent: { k: 0, n: 0, wrong: [] as string[] },
    level: { k: 0, n: 0, wrong: [] as string[] },
    conceptGold: { k: 0, n: 0, wrong: [] as string[] },
    conceptPred: { k: 0, n: 0, wrong: [] as string[] },
  };
  const count = (a: { k: number; n: number; wrong: string[] }, ok: boolean, what: string, wrongWhen: boolean = !ok) => {
    a.n += 1;
    if (ok) a.k += 1;
    if (wrongWhen) a.wrong.push(what);
  };

  for (const a of annotations) {
    const tag = (s: string) => `${a.article}: ${s}`;
    const rels = g.readIn(a.article);
    const posts = rels.filter((r) => r.type === 'HOLDS_POST');
    const titleOf = (r: GraphRelationship) => String((r.properties as { title?: unknown }).title);
    const statusOf = (r: GraphRelationship) => String((r.properties as { status?: unknown }).status ?? 'current');
    const postOk = (r: GraphRelationship, e: ScoredAnnotation['posts'][number]) =>
      g.is(r.start, e.person) && titleOf(r) === e.title && bodyMatches(g.namesOf(r.end), e.body);

    for (const r of posts) {
      const ok = a.posts.some((e) => postOk(r, e));
      count(acc.postPred, ok, tag(`${g.namesOf(r.start)[0] ?? r.start} ${titleOf(r)} ${g.namesOf(r.end)[0] ?? r.end}`));
    }
    for (const e of a.posts) {
      const hits = posts.filter((r) => postOk(r, e));
      count(acc.postGold, hits.length > 0, tag(`${e.person} ${e.title} ${e.body}`));
      if (hits.length > 0) {
        const right = hits.some((r) => statusOf(r) === e.status);
        count(
          acc.status,
          right,
          tag(`${e.person} ${e.title} ${e.body}: ${e.status}, read ${hits.map(statusOf).join('/')}`),
        );
      }
    }
    for (const c of a.credits) {
      const asPost = posts.some((r) => g.is(r.start, c.person) && (titleOf(r) === c.role || g.is(r.end, '本报')));
      count(acc.creditsAsPosts, asPost, tag(`${c.person} ${c.role}`), asPost);
      const credited = rels.some(
        (r) =>
          String(r.type) === 'CREDITED' &&
          g.is(r.start, c.person) &&
          (r.properties as { role?: unknown }).role === c.role,
      );
      count(acc.creditsFound, credited, tag(`${c.person} ${c.role}`));
    }
    for (const p of a.nonPosts) {
      // They hold no post: any HOLDS_POST of theirs that is not an annotated post is one too many.
      const asPost = posts.some((r) => g.is(r.start, p.person) && !a.posts.some((e) => postOk(r, e)));
      count(acc.nonPosts, asPost, tag(`${p.person} ${p.role}`), asPost);
    }

    const mentioned = g.mentioned(a.article);
    const places = mentioned.filter((id) => g.label(id) === 'Place');
    for (const e of a.places) {
      const hits = places.filter((id) => g.is(id, e.place));
      count(acc.placeGold, hits.length > 0, tag(e.place));
      if (hits.length === 0) continue;
      const right = hits.some((id) => g.ancestors(id).some((p) => g.is(p, e.parent)));
      count(
        acc.parent,
        right,
        tag(
          `${e.place} in ${e.parent}, read in ${hits.map((id) => g.namesOf(g.ancestors(id)[0] ?? '')[0] ?? 'nothing').join('/')}`,
        ),
      );
      if (e.level) {
        const levelRight = hits.some((id) => g.prop(id, 'level') === e.level);
        count(
          acc.level,
          levelRight,
          tag(`${e.place} ${e.level}, read ${hits.map((id) => String(g.prop(id, 'level'))).join('/')}`),
        );
      }
    }
    for (const id of places.filter((p) => !['province', 'city'].includes(String(g.prop(p, 'level'))))) {
      count(
        acc.placePred,
        a.places.some((e) => g.is(id, e.place)),
        tag(id),
      );
    }

    const isComponent = (id: string) =>
      rels.some((r) => r.type === 'PART_OF' && r.start === id && isConceptNode(g, r.end));
    const concepts = mentioned.filter((id) => isConceptNode(g, id) && !isComponent(id));
    const formsOf = (c: ScoredAnnotation['concepts'][number]) => [c.name, ...(c.surfaces ?? [])];
    for (const c of a.concepts)
      count(
        acc.conceptGold,
        concepts.some((id) => conceptMatches(g, id, formsOf(c))),
        tag(c.name),
      );
    for (const id of concepts)
      count(
        acc.conceptPred,
        a.concepts.some((c) => conceptMatches(g, id, formsOf(c))),
        tag(id),
      );
  }

  return {
    articles: annotations.length,
    postsPrecision: ratio(acc.postPred.k, acc.postPred.n, acc.postPred.wrong),
    postsRecall: ratio(acc.postGold.k, acc.postGold.n, acc.postGold.wrong),
    postStatus: ratio(acc.status.k, acc.status.n, acc.status.wrong),
    creditsAsPosts: ratio(acc.creditsAsPosts.k, acc.creditsAsPosts.n, acc.creditsAsPosts.wrong),
    creditsFound: ratio(acc.creditsFound.k, acc.creditsFound.n, acc.creditsFound.wrong),
    nonPostsAsPosts: ratio(acc.nonPosts.k, acc.nonPosts.n, acc.nonPosts.wrong),
    placesRecall: ratio(acc.placeGold.k, acc.placeGold.n, acc.placeGold.wrong),
    placesPrecision: ratio(acc.placePred.k, acc.placePred.n, acc.placePred.wrong),
    placeParent: ratio(acc.parent.k, acc.parent.n, acc.parent.wrong),
    placeLevel: ratio(acc.level.k, acc.level.n, acc.level.wrong),
    conceptsRecall: ratio(acc.conceptGold.k, acc.conceptGold.n, acc.conceptGold.wrong),
    conceptsPrecision: ratio(acc.conceptPred.k, acc.conceptPred.n, acc.conceptPred.wrong),
    ...sharedConcepts(g, annotations),
    personNodes: personNodes(g, annotations),
  };
}

function sharedConcepts(
  g: GraphIndex,
  annotations: readonly ScoredAnnotation[],
): Pick<SplitScore, 'sharedPairs' | 'sharedJoined'> {
  const counties = new Map<string, Set<string>>();
  const forms = new Map<string, Set<string>>();
  for (const a of annotations) {
    for (const c of a.concepts) {
      const cs = counties.get(c.name) ?? new Set<string>();
      c.counties.forEach((x) => cs.add(x));
      counties.set(c.name, cs);
      const fs = forms.get(c.name) ?? new Set<string>([c.name]);
      (c.surfaces ?? []).forEach((x) => fs.add(x));
      forms.set(c.name, fs);
    }
  }
  const runCounties = new Map<string, Set<string>>();
  for (const r of g.rels) {
    if (r.type !== 'RUNS') continue;
    const county = g.countyOf(r.start);
    if (!county) continue;
    const set = runCounties.get(r.end) ?? new Set<string>();
    set.add(county);
    runCounties.set(r.end, set);
  }
  const countiesOfNode = (id: string) => {
    const set = new Set(runCounties.get(id) ?? []);
    const own = g.prop(id, 'county');
    if (typeof own === 'string') set.add(own);
    return set;
  };
  const conceptNodes = [...g.nodes.keys()].filter((id) => isConceptNode(g, id));
  let pairs = 0;
  let found = 0;
  let joined = 0;
  const missedPairs: string[] = [];
  const notJoined: string[] = [];
  const shared = [...counties].filter(([, cs]) => cs.size >= 2).sort(([a], [b]) => a.localeCompare(b));
  for (const [concept, cs] of shared) {
    const nodes = conceptNodes.filter((id) => conceptMatches(g, id, [...(forms.get(concept) ?? [])]));
    const byNode = nodes.map(countiesOfNode);
    for (const county of [...cs].sort()) {
      pairs += 1;
      if (byNode.some((s) => s.has(county))) found += 1;
      else missedPairs.push(`${concept} in ${county}`);
    }
    if (byNode.some((s) => [...cs].every((c) => s.has(c)))) joined += 1;
    else notJoined.push(`${concept} (${[...cs].sort().join(', ')})`);
  }
  return { sharedPairs: ratio(found, pairs, missedPairs), sharedJoined: ratio(joined, shared.length, notJoined) };
}

function personNodes(g: GraphIndex, annotations: readonly ScoredAnnotation[]): Ratio {
  const peopleOf = new Map<string, Set<string>>();
  const ids = new Set<string>();
  for (const a of annotations) {
    for (const id of g.mentioned(a.article)) {
      if (g.label(id) !== 'Person') continue;
      ids.add(id);
      const set = peopleOf.get(id) ?? new Set<string>();
      a.people.forEach((p) => set.add(p));
      peopleOf.set(id, set);
    }
  }
  const wrong = [...ids].filter((id) => !g.namesOf(id).some((n) => peopleOf.get(id)?.has(n))).sort();
  return ratio(ids.size - wrong.length, ids.size, wrong);
}
