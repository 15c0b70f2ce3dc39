/**
 * Robustness on text no rule expects: paragraphs of the development set and the corpus shuffled into new
 * articles, so each meets neighbours it never had (a body named in one, a short title in the next …).
 * Every article must come out as a valid graph document; an extraction that never ends fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { graphDocumentProblems } from '../../../model/graph';
import { extractGraph } from '../../../pipeline/run';

const ROOT = path.join(__dirname, '..', '..', '..');
const folders = ['tests/fixtures/devset/dev', 'tests/fixtures/devset/test', 'graph-data/corpus'].map((f) =>
  path.join(ROOT, f),
);
const paragraphs = folders
  .flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => path.join(d, f)),
  )
  .sort()
  .flatMap((f) => fs.readFileSync(f, 'utf8').split(/\n+/))
  .filter((p) => p.trim().length > 0);

describe('articles of shuffled paragraphs', () => {
  it('when 100 articles are made of six paragraphs from different sources, then each is extracted to a valid graph', () => {
    for (let k = 0; k < 100; k += 1) {
      // Fixed strides through the list: the same articles on every run.
      const text = Array.from({ length: 6 }, (_, j) => paragraphs[(k * 7919 + j * 104729) % paragraphs.length]).join(
        '\n\n',
      );
      const doc = extractGraph([{ id: `s${k}`, source: `s${k}.txt`, text }]);
      expect(graphDocumentProblems(doc)).toEqual([]);
      expect(doc.nodes.some((n) => n.labels.includes('Article'))).toBe(true);
    }
  });
});
