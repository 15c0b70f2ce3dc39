import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../../../model/graph';
import { REL_ENDPOINTS, type Evidence } from '../../../model/schema';
import { GraphValidationError } from '../../../pipeline/errors';
import { validate } from '../../../pipeline/export/graph-document';
import { extractFolder } from '../../../pipeline/run';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'graph-data', 'corpus');

describe('validate', () => {
  const seen = { articles: ['a1'] };
  const located = (start: string): GraphDocument => ({
    format: 'govgraph/1',
    nodes: [
      { id: 'person:a', labels: ['Person'], properties: { name: '张三', aliases: [], ...seen } },
      { id: 'place:v', labels: ['Place'], properties: { name: '某某村', aliases: [], level: 'village', ...seen } },
      { id: 'place:t', labels: ['Place'], properties: { name: '某某镇', aliases: [], level: 'township', ...seen } },
    ],
    relationships: [{ id: 'LOCATED_IN:1', type: 'LOCATED_IN', start, end: 'place:t', properties: { ...seen } }],
  });

  it('when the document is well formed, then it passes', () => {
    expect(() => validate(located('place:v'))).not.toThrow();
  });

  it('when a relationship joins labels its type does not allow, then it throws a GraphValidationError', () => {
    expect(() => validate(located('person:a'))).toThrow(/LOCATED_IN cannot join Person → Place/);
    expect(() => validate(located('person:a'))).toThrow(GraphValidationError);
  });

  it('when a relationship points at a missing node, then it throws a GraphValidationError', () => {
    expect(() => validate(located('place:gone'))).toThrow(/start place:gone is not a node of the document/);
  });
});

describe('the corpus graph', () => {
  const doc: GraphDocument = extractFolder(CORPUS);
  const text = new Map(
    doc.nodes
      .filter((n) => n.labels[0] === 'Article')
      .map((n) => [n.id.slice('article:'.length), String((n.properties as { text: string }).text)]),
  );

  it('when extracted twice, then the JSON is byte-identical', () => {
    expect(JSON.stringify(extractFolder(CORPUS))).toBe(JSON.stringify(doc));
  });

  it('then the committed graph-data/graph.json is what the extractor writes now', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'graph-data', 'graph.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(doc, null, 1)}\n`);
  });

  it('then ids are unique and nodes and relationships are sorted by id', () => {
    const ids = doc.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const rids = doc.relationships.map((r) => r.id);
    expect(new Set(rids).size).toBe(rids.length);
    expect([...rids].sort()).toEqual(rids);
  });

  it('then every node and relationship carries articles and evidence whose offsets index the article text', () => {
    for (const item of [...doc.nodes, ...doc.relationships]) {
      const p = item.properties as { articles?: string[]; evidence?: Evidence[] };
      expect(Array.isArray(p.articles)).toBe(true);
      expect(Array.isArray(p.evidence)).toBe(true);
      const isArticle = 'labels' in item && item.labels[0] === 'Article';
      if (!isArticle) expect(p.evidence!.length).toBeGreaterThan(0);
      for (const e of p.evidence!) {
        expect(text.get(e.article)!.slice(e.start, e.end)).toBe(e.sentence);
        expect(e.sentence.replace(/ /g, '')).toContain(e.surface.replace(/ /g, ''));
        expect(p.articles).toContain(e.article);
      }
    }
  });

  it('then every relationship joins labels REL_ENDPOINTS allows', () => {
    const label = new Map(doc.nodes.map((n) => [n.id, n.labels[0]!]));
    for (const r of doc.relationships) {
      expect(REL_ENDPOINTS[r.type].start).toContain(label.get(r.start));
      expect(REL_ENDPOINTS[r.type].end).toContain(label.get(r.end));
    }
  });

  it('then each article MENTIONS what it names, with the number of mentions', () => {
    const m = doc.relationships.find((r) => r.id === 'MENTIONS:article:002_e13bbc1ca5954cd9->person:140821/刘凌凯')!;
    expect((m.properties as { count: number }).count).toBeGreaterThanOrEqual(8);
  });
});
