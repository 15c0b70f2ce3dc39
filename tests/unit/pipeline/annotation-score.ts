/**
 * Precision and recall of an extracted graph against a hand annotation of one article
 * (tests/fixtures/annotations/*.json). Names are compared with a node's name or any alias
 * (concepts also by their concept key), so 县委 written in the text still matches 新绛县委.
 * - posts: (person, title, body) triples whose evidence is in the article;
 * - credits: (person, role) CREDITED on the article (bylines, page credits), never posts;
 * - places: each annotated place must have the annotated parent among its ancestors;
 *   every place mentioned in the article (below city level) counts for precision;
 * - concepts: initiatives and mechanisms mentioned in the article;
 * - components: PART_OF between mechanisms read in the article;
 * - runs: RUNS read in the article to an annotated concept (runs to concepts the annotation
 *   does not list are already counted as concept false positives).
 */
import type { GraphDocument, GraphNode } from '../../../model/graph';
import { conceptKey } from '../../../pipeline/extract/concept-key';

export interface Annotation {
  article: string;
  posts: Array<{ person: string; title: string; body: string }>;
  credits: Array<{ person: string; role: string }>;
  places: Array<{ place: string; parent: string }>;
  concepts: string[];
  components: Array<{ component: string; of: string }>;
  runs: Array<{ of: string; runners: string[] }>;
}

export interface Score {
  /** Predicted items that are right, wrong; expected items found, missed. */
  tp: number;
  fp: number;
  found: number;
  fn: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  misses: string[];
}

function score(
  predicted: Array<{ label: string; ok: boolean }>,
  expected: Array<{ label: string; found: boolean }>,
): Score {
  const tp = predicted.filter((p) => p.ok).length;
  const fp = predicted.length - tp;
  const found = expected.filter((e) => e.found).length;
  const fn = expected.length - found;
  return {
    tp,
    fp,
    found,
    fn,
    precision: predicted.length === 0 ? 1 : tp / predicted.length,
    recall: expected.length === 0 ? 1 : found / expected.length,
    falsePositives: predicted.filter((p) => !p.ok).map((p) => p.label),
    misses: expected.filter((e) => !e.found).map((e) => e.label),
  };
}

export function scoreArticle(
  doc: GraphDocument,
  a: Annotation,
): Record<'posts' | 'credits' | 'places' | 'concepts' | 'components' | 'runs', Score> {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const namesOf = (n: GraphNode | undefined): string[] =>
    n ? [String(n.properties.name), ...((n.properties as { aliases?: string[] }).aliases ?? [])] : [];
  const is = (id: string, name: string) => namesOf(nodes.get(id)).includes(name);
  const isConcept = (id: string, name: string) =>
    is(id, name) || namesOf(nodes.get(id)).some((n) => conceptKey(n) === conceptKey(name));
  const inArticle = (r: { properties: unknown }) =>
    ((r.properties as { articles?: string[] }).articles ?? []).includes(a.article);
  const rels = doc.relationships.filter(inArticle);
  const mentioned = new Set(
    doc.relationships.filter((r) => r.type === 'MENTIONS' && r.start === `article:${a.article}`).map((r) => r.end),
  );
  const label = (id: string) => nodes.get(id)?.labels[0];
  const parentOf = new Map(
    doc.relationships.filter((r) => r.type === 'LOCATED_IN' && label(r.start) === 'Place').map((r) => [r.start, r.end]),
  );
  const ancestors = (id: string) => {
    const out: string[] = [];
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) out.push(...namesOf(nodes.get(p)));
    return out;
  };

  const posts = rels.filter((r) => r.type === 'HOLDS_POST');
  const postOk = (r: (typeof posts)[number], e: Annotation['posts'][number]) =>
    is(r.start, e.person) && (r.properties as { title: string }).title === e.title && is(r.end, e.body);

  const credits = rels.filter((r) => r.type === 'CREDITED' && r.end === `article:${a.article}`);
  const creditOk = (r: (typeof credits)[number], e: Annotation['credits'][number]) =>
    is(r.start, e.person) && (r.properties as { role: string }).role === e.role;

  const places = [...mentioned].filter(
    (id) =>
      label(id) === 'Place' &&
      !['province', 'city'].includes(String((nodes.get(id)?.properties as { level?: string } | undefined)?.level)),
  );
  const placeOk = (id: string) => a.places.some((e) => is(id, e.place) && ancestors(id).includes(e.parent));

  // The annotations list the quoted brands and numbered systems; an everyday practice of the
  // thesaurus (scope other than local) that they do not list is not counted against the extractor.
  const annotatedOrLocal = (id: string) =>
    (nodes.get(id)?.properties as { scope?: string } | undefined)?.scope === 'local' ||
    a.concepts.some((c) => isConcept(id, c));
  const concepts = [...mentioned].filter(
    (id) =>
      (label(id) === 'Initiative' || label(id) === 'Mechanism') &&
      annotatedOrLocal(id) &&
      !rels.some((r) => r.type === 'PART_OF' && r.start === id && label(r.end) !== 'Organization'),
  );
  const parts = rels.filter((r) => r.type === 'PART_OF' && label(r.start) === 'Mechanism');
  const runs = rels.filter((r) => r.type === 'RUNS' && a.runs.some((e) => isConcept(r.end, e.of)));

  return {
    posts: score(
      posts.map((r) => ({
        label: `${r.start} ${(r.properties as { title: string }).title} ${r.end}`,
        ok: a.posts.some((e) => postOk(r, e)),
      })),
      a.posts.map((e) => ({ label: `${e.person} ${e.title} ${e.body}`, found: posts.some((r) => postOk(r, e)) })),
    ),
    credits: score(
      credits.map((r) => ({
        label: `${r.start} ${(r.properties as { role: string }).role}`,
        ok: a.credits.some((e) => creditOk(r, e)),
      })),
      a.credits.map((e) => ({ label: `${e.person} ${e.role}`, found: credits.some((r) => creditOk(r, e)) })),
    ),
    places: score(
      places.map((id) => ({ label: id, ok: placeOk(id) })),
      a.places.map((e) => ({
        label: `${e.place} in ${e.parent}`,
        found: places.some((id) => is(id, e.place) && ancestors(id).includes(e.parent)),
      })),
    ),
    concepts: score(
      concepts.map((id) => ({ label: id, ok: a.concepts.some((c) => isConcept(id, c)) })),
      a.concepts.map((c) => ({ label: c, found: concepts.some((id) => isConcept(id, c)) })),
    ),
    components: score(
      parts.map((r) => ({
        label: `${r.start} -> ${r.end}`,
        ok: a.components.some((e) => is(r.start, e.component) && isConcept(r.end, e.of)),
      })),
      a.components.map((e) => ({
        label: `${e.component} of ${e.of}`,
        found: parts.some((r) => is(r.start, e.component) && isConcept(r.end, e.of)),
      })),
    ),
    runs: score(
      runs.map((r) => ({
        label: `${r.start} -> ${r.end}`,
        ok: a.runs.some((e) => isConcept(r.end, e.of) && e.runners.some((n) => is(r.start, n))),
      })),
      a.runs.map((e) => ({
        label: `${e.runners[0]} runs ${e.of}`,
        found: runs.some((r) => isConcept(r.end, e.of) && e.runners.some((n) => is(r.start, n))),
      })),
    ),
  };
}

/** Scores summed over articles. */
export function total(scores: Score[]): Score {
  const sum = (k: 'tp' | 'fp' | 'found' | 'fn') => scores.reduce((s, x) => s + x[k], 0);
  const [tp, fp, found, fn] = [sum('tp'), sum('fp'), sum('found'), sum('fn')];
  return {
    tp,
    fp,
    found,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: found + fn === 0 ? 1 : found / (found + fn),
    falsePositives: scores.flatMap((x) => x.falsePositives),
    misses: scores.flatMap((x) => x.misses),
  };
}
