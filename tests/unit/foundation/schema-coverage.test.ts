/**
 * cypher/schema.cypher is written by hand, so this proves it covers the model: every label of
 * model/schema.ts has its uniqueness constraint on `id`, and so has every relationship type that
 * carries an id (HAS_SENTENCE and MENTIONED_IN are known by their two ends and carry none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { NODE_LABELS, PROVENANCE_LABELS, REL_TYPES } from '../../../model';

const SCHEMA = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'cypher', 'schema.cypher'), 'utf8');

describe('cypher/schema.cypher against the model', () => {
  it.each([...NODE_LABELS, ...PROVENANCE_LABELS])('when the label is %s, then its id is unique', (label) => {
    expect(SCHEMA).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
  });

  it.each([...REL_TYPES])('when the relationship type is %s, then its id is unique', (type) => {
    expect(SCHEMA).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.id IS UNIQUE`));
  });

  it('then it constrains no label or type the model does not declare', () => {
    const declared = new Set<string>([...NODE_LABELS, ...PROVENANCE_LABELS, ...REL_TYPES]);
    const used = [...SCHEMA.matchAll(/FOR \((?:n:(\w+))?\)(?:-\[r:(\w+)\]-\(\))?/g)]
      .map((m) => m[1] ?? m[2])
      .filter(Boolean);
    expect(used.filter((x) => !declared.has(x!))).toEqual([]);
  });
});
