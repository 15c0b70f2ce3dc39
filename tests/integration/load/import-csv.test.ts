/**
 * The CSV files of the import path (pipeline/load/import-csv.ts) hold what the UNWIND … MERGE loader
 * stores: one file per label and per (type, start label, end label), typed columns, lists joined with the
 * array delimiter, quotes doubled. The import itself needs a stopped server and runs in bench-scale only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeImportFiles } from '../../../pipeline/load/import-csv';
import { planLoad } from '../../../pipeline/load/plan';
import { readMini } from './graph-helpers';

describe('import files of the mini graph', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-import-'));
  const plan = planLoad(readMini());
  const args = writeImportFiles(plan, dir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const lines = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8').trimEnd().split('\n');

  it('when written, then every label, Sentence, HAS_SENTENCE, the mentions and each relationship group have a file', () => {
    expect(args).toEqual(
      expect.arrayContaining([
        `--nodes=Person=${path.join(dir, 'Person.csv')}`,
        `--nodes=Sentence=${path.join(dir, 'Sentence.csv')}`,
        `--relationships=HAS_SENTENCE=${path.join(dir, 'HAS_SENTENCE.csv')}`,
        `--relationships=HOLDS_POST=${path.join(dir, 'HOLDS_POST-Person-Organization.csv')}`,
      ]),
    );
    // Articles' texts span lines (--multiline-fields): every other file has one line per row.
    const files = args.map((a) => a.split('=').at(-1)!).filter((f) => !f.endsWith('Article.csv'));
    const rows = files.reduce((n, f) => n + fs.readFileSync(f, 'utf8').trimEnd().split('\n').length - 1, 0);
    const planned =
      plan.nodes.filter((g) => g.label !== 'Article').reduce((n, g) => n + g.rows.length, 0) +
      2 * plan.sentences.length +
      [...plan.mentions, ...plan.relationships].reduce((n, g) => n + g.rows.length, 0);
    expect(rows).toBe(planned);
  });

  it('when a node file is read, then ids, typed lists and the marker are columns', () => {
    const [header, first] = lines('Person.csv');
    expect(header!.split(',')).toEqual(
      expect.arrayContaining(['id:ID', 'name:string', 'articles:string[]', 'aliases:string[]', 'loadedBy:string']),
    );
    expect(first).toMatch(/^"person:/);
  });

  it('when a relationship file is read, then ends, offsets as integers and the sentence lists are there', () => {
    const [header] = lines('HOLDS_POST-Person-Organization.csv');
    expect(header!.split(',')).toEqual(
      expect.arrayContaining([':START_ID', ':END_ID', 'id:string', 'sentences:string[]', 'surfaces:string[]']),
    );
    expect(lines('MENTIONED_IN-Person.csv')[0]!.split(',')).toEqual(
      expect.arrayContaining(['start:int', 'end:int', 'surface:string']),
    );
  });
});
