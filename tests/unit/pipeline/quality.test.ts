/**
 * Extraction quality on the bundled corpus against hand annotations of three of its five
 * articles. Prints precision and recall per relation type and fails below the floors. The
 * rules were written while reading these articles, so the figures are in-sample; the floors
 * leave room under them (posts at the aim of P ≥ 0.9, R ≥ 0.8) and still catch a
 * regression.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFolder } from '../../../pipeline/run';
import { scoreArticle, total, type Annotation, type Score } from './annotation-score';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ANNOTATIONS = path.join(ROOT, 'tests', 'fixtures', 'annotations');

const FLOORS: Record<string, { precision: number; recall: number }> = {
  posts: { precision: 0.9, recall: 0.8 },
  credits: { precision: 0.9, recall: 0.9 },
  places: { precision: 0.9, recall: 0.85 },
  concepts: { precision: 0.8, recall: 0.85 },
  components: { precision: 0.9, recall: 0.9 },
  runs: { precision: 0.8, recall: 0.8 },
};

describe('extraction quality against hand annotations', () => {
  const doc = extractFolder(path.join(ROOT, 'graph-data', 'corpus'));
  const annotations = fs
    .readdirSync(ANNOTATIONS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(ANNOTATIONS, f), 'utf8')) as Annotation);
  const perArticle = annotations.map((a) => scoreArticle(doc, a));
  const totals = Object.fromEntries(
    Object.keys(FLOORS).map((k) => [k, total(perArticle.map((s) => s[k as keyof typeof s]))]),
  ) as Record<string, Score>;

  it('when an annotation names an article that is not in the corpus, then the check fails loudly', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    for (const a of annotations) expect(doc.nodes.some((n) => n.id === `article:${a.article}`)).toBe(true);
  });

  it('when the scores are printed, then every relation type scored has annotated facts', () => {
    const fmt = (x: number) => x.toFixed(2);
    const lines = Object.entries(totals).map(
      ([k, s]) => `${k.padEnd(10)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
    const details = Object.entries(totals).flatMap(([k, s]) => [
      ...s.falsePositives.map((x) => `  ${k} FP ${x}`),
      ...s.misses.map((x) => `  ${k} FN ${x}`),
    ]);
    process.stdout.write(
      `\nExtraction quality over ${annotations.length} annotated articles\n${lines.join('\n')}\n${details.join('\n')}\n`,
    );
    // A floor means something only where the annotations hold facts of that kind.
    for (const s of Object.values(totals)) expect(s.tp + s.fn).toBeGreaterThan(0);
  });

  for (const [kind, floor] of Object.entries(FLOORS)) {
    it(`when scored on ${kind}, then precision ≥ ${floor.precision} and recall ≥ ${floor.recall}`, () => {
      expect(totals[kind]!.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(totals[kind]!.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
