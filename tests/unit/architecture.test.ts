/**
 * The layers, checked on the import graph of every .ts/.tsx file (imports, re-exports, dynamic
 * import() and require() of relative paths; packages are not the layers' business):
 *
 *   model/     the domain model: imports only model/
 *   db/        the database layer: imports only db/ and model/
 *   store/     the article store (DATA_DIR: articles and jobs as files): imports only store/ and model/;
 *              the pipeline and the server both read it
 *   pipeline/  never server/, scripts/, client/ or tests/; its stages only downward
 *              (ingest → segment → extract → resolve → export → load: a stage may import itself and
 *              the stages before it); knowledge/, types.ts and errors.ts are below every stage,
 *              cli/ and run.ts above them all
 *   server/    never pipeline/ (the API reads what the loader wrote; `npm start` in scripts/ composes
 *              loading and serving), scripts/, client/ or tests/
 *   client/    imports only client/ and model/
 *   scripts/   the tools: anything but client/ and tests/
 *   tests/     anything
 *
 * neo4j-driver's values (sessions, integers, routing) are used only in db/, server/repositories/ and
 * pipeline/load/; other layers may import its types (`import type { Driver }`).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const FOLDERS = ['model', 'db', 'store', 'pipeline', 'server', 'client', 'scripts', 'tests'];
const STAGES = ['ingest', 'segment', 'extract', 'resolve', 'export', 'load'];

/** Relative specifiers a source imports: `import … from`, `export … from`, `import '…'`, `import(…)`, `require(…)`. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return found.filter((s) => s.startsWith('.'));
}

/** Where a pipeline file sits among the stages: its stage's rank, -1 below them all, Infinity above. */
function pipelineRank(file: string): number {
  const second = (file.split('/')[1] ?? '').replace(/\.tsx?$/, '');
  const stage = STAGES.indexOf(second);
  if (stage >= 0) return stage;
  if (second === 'knowledge' || second === 'types' || second === 'errors') return -1;
  return Infinity;
}

/** Why `file` may not import `target` (both relative to the repository root), or undefined when it may. */
export function ruleBroken(file: string, target: string): string | undefined {
  const from = file.split('/')[0]!;
  const to = target.split('/')[0]!;
  const only = (allowed: string[]) =>
    allowed.includes(to) ? undefined : `${from}/ imports only ${allowed.map((a) => `${a}/`).join(' and ')}`;
  const never = (forbidden: string[]) => (forbidden.includes(to) ? `${from}/ never imports ${to}/` : undefined);
  switch (from) {
    case 'model':
      return only(['model']);
    case 'db':
      return only(['db', 'model']);
    case 'store':
      return only(['store', 'model']);
    case 'client':
      return only(['client', 'model']);
    case 'server':
      return never(['pipeline', 'scripts', 'client', 'tests']);
    case 'scripts':
      return never(['client', 'tests']);
    case 'pipeline': {
      const broken = never(['server', 'scripts', 'client', 'tests']);
      if (broken || to !== 'pipeline') return broken;
      const [rankFrom, rankTo] = [pipelineRank(file), pipelineRank(target)];
      if (rankTo <= rankFrom) return undefined;
      const stageOf = (f: string) =>
        Number.isFinite(pipelineRank(f)) && pipelineRank(f) >= 0 ? f.split('/')[1] : f.split('/').slice(1).join('/');
      return `pipeline stages import only downward (${STAGES.join(' → ')}): ${stageOf(file)} may not import ${stageOf(target)}`;
    }
    default:
      return undefined;
  }
}

/** Every broken rule in a set of files (path relative to the root → source), as "file → target: why". */
export function violations(files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    for (const spec of importsOf(source)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const why = ruleBroken(file, target);
      if (why) out.push(`${file} → ${target}: ${why}`);
    }
  }
  return out.sort();
}

const DRIVER_USERS = ['db/', 'server/repositories/', 'pipeline/load/'];

/** Files outside DRIVER_USERS that import a value (not only types) from neo4j-driver; tests may. */
export function driverUsers(files: Map<string, string>): string[] {
  const valueImport = /^\s*import\s+(?!type\b)[^;]*?\bfrom\s*['"]neo4j-driver['"]/m;
  return [...files]
    .filter(
      ([file, source]) =>
        !file.startsWith('tests/') && !DRIVER_USERS.some((d) => file.startsWith(d)) && valueImport.test(source),
    )
    .map(([file]) => file)
    .sort();
}

function sourceFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') sourceFiles(rel, out);
    } else if (/\.tsx?$/.test(entry.name)) out.set(rel, fs.readFileSync(path.join(ROOT, rel), 'utf8'));
  }
  return out;
}

describe('the import checker', () => {
  it('when a file imports across a layer, then each broken rule is reported', () => {
    const files = new Map([
      ['db/driver.ts', "import { loadConfig } from '../server/config';\nimport type { GraphNode } from '../model';"],
      ['model/schema.ts', "export { x } from '../db/records';"],
      ['pipeline/load/batches.ts', "import { toNumber } from '../../server/db/records';"],
      ['pipeline/extract/concepts.ts', "import { conceptKey } from '../resolve/concept-key';"],
      ['client/src/api/client.ts', "const s = require('../../../server/errors');"],
      ['server/app.ts', "const load = await import('../pipeline/load');"],
      ['store/article-store.ts', "import { loadCypher } from '../db/cypher-files';"],
    ]);
    expect(violations(files)).toEqual([
      'client/src/api/client.ts → server/errors: client/ imports only client/ and model/',
      'db/driver.ts → server/config: db/ imports only db/ and model/',
      'model/schema.ts → db/records: model/ imports only model/',
      'pipeline/extract/concepts.ts → pipeline/resolve/concept-key: pipeline stages import only downward (ingest → segment → extract → resolve → export → load): extract may not import resolve',
      'pipeline/load/batches.ts → server/db/records: pipeline/ never imports server/',
      'server/app.ts → pipeline/load: server/ never imports pipeline/',
      'store/article-store.ts → db/cypher-files: store/ imports only store/ and model/',
    ]);
  });

  it('when imports stay within the rules, then nothing is reported', () => {
    const files = new Map([
      ['db/records.ts', "import {\n  decodeProperties,\n} from '../model';\nimport neo4j from 'neo4j-driver';"],
      [
        'pipeline/resolve/places.ts',
        "import { lastPlaceBefore } from '../extract/mentions';\nimport { gazetteer } from '../knowledge/gazetteer';",
      ],
      ['pipeline/knowledge/thesaurus.ts', "import { PipelineError } from '../errors';"],
      [
        'pipeline/cli/load.ts',
        "import { loadGraph } from '../load';\nimport { openDatabase } from '../../db/database';",
      ],
      ['scripts/query.ts', "import { QueryLibrary } from '../server/services/query-library';"],
      ['client/src/graph/build.ts', "import type { GraphPayload } from '../../../model/graph';"],
      ['server/services/article-service.ts', "import { ArticleStore } from '../../store';"],
      ['pipeline/jobs/ingest-jobs.ts', "import { ArticleStore } from '../../store';"],
    ]);
    expect(violations(files)).toEqual([]);
  });

  it('when code outside the database layers uses neo4j-driver values, then it is reported; type imports are not', () => {
    const files = new Map([
      ['scripts/query.ts', "import neo4j, { type Driver } from 'neo4j-driver';"],
      ['server/app.ts', "import type { Driver } from 'neo4j-driver';"],
      ['pipeline/load/batches.ts', "import neo4j from 'neo4j-driver';"],
    ]);
    expect(driverUsers(files)).toEqual(['scripts/query.ts']);
  });

  it('when an import is only mentioned in a comment, then it does not count', () => {
    expect(
      importsOf("// import x from '../server/config';\n/* require('../scripts/x') */\nimport y from './y';"),
    ).toEqual(['./y']);
  });
});

describe('the layers of this repository', () => {
  const files = new Map<string, string>();
  beforeAll(() => {
    for (const folder of FOLDERS) sourceFiles(folder, files);
  });

  it('when every source file is read, then no import crosses a layer the wrong way', () => {
    expect(files.size).toBeGreaterThan(150);
    expect(violations(files)).toEqual([]);
  });

  it('when every source file is read, then only the database layers use neo4j-driver values', () => {
    expect(driverUsers(files)).toEqual([]);
  });
});
