import fs from 'node:fs';
import path from 'node:path';
import { GraphDocumentSchema, graphDocumentProblems, type GraphDocument } from '../../../model';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as GraphDocument;

describe('the graph document schema (model/graph.ts)', () => {
  it('when the bundled graph and the test fixture are checked, then both are valid', () => {
    expect(graphDocumentProblems(read('graph-data/graph.json'))).toEqual([]);
    expect(GraphDocumentSchema.safeParse(read('tests/fixtures/graphs/mini.json')).success).toBe(true);
  });

  it('when a document has several faults, then every one is listed at once, in document order', () => {
    const doc = structuredClone(read('tests/fixtures/graphs/mini.json'));
    const place = doc.nodes.findIndex((n) => n.labels[0] === 'Place');
    const person = doc.nodes.findIndex((n) => n.labels[0] === 'Person');
    (doc.nodes[place]!.properties as Record<string, unknown>).level = 'hamlet';
    (doc.nodes[person]!.properties as Record<string, unknown>).nmae = '张三';
    doc.relationships[0]!.end = 'place:nowhere';
    const problems = graphDocumentProblems(doc);
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.includes('properties.level'))).toMatch(/^node \d+ \(place:.*\): properties\.level: /);
    expect(problems.find((p) => p.includes('nmae'))).toMatch(/Unrecognized key/);
    expect(problems[2]).toMatch(/^relationship 0 .*end place:nowhere is not a node of the document/);
    const nodeIndexes = problems.slice(0, 2).map((p) => Number(/^node (\d+)/.exec(p)![1]));
    expect(nodeIndexes).toEqual([...nodeIndexes].sort((a, b) => a - b));
  });

  it('when a relationship carries a property its type does not have, then it is refused', () => {
    const doc = structuredClone(read('tests/fixtures/graphs/mini.json'));
    const post = doc.relationships.findIndex((r) => r.type === 'HOLDS_POST');
    (doc.relationships[post]!.properties as Record<string, unknown>).titel = '书记';
    expect(graphDocumentProblems(doc)).toEqual([
      expect.stringMatching(/^relationship \d+ .*Unrecognized key: "titel"/),
    ]);
  });
});
