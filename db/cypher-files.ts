/**
 * Cypher lives in cypher/*.cypher, loaded by name. Library queries (cypher/queries/) start with a
 * header of `// @…` comment lines:
 *
 *   // @name who-leads
 *   // @title Who leads what
 *   // @title:zh 谁领导什么
 *   // @description People holding posts in a body or place and everything under it
 *   // @description:zh 某机构或地区及其下属的任职人员
 *   // @param scope string  A name or id (required: no default)
 *   // @param:zh scope 地区或机构的名称或 id
 *   // @param limit integer = 200  Maximum rows
 *
 * Titles fall back to the name; a parameter's Chinese help (@param:zh, after its @param) is optional.
 *
 * Every value the query uses is a $parameter; nothing is ever concatenated into the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { QUERY_PARAMETER_TYPES, type QueryParameterSpec, type QuerySpec } from '../model';

export const CYPHER_DIR = path.resolve(__dirname, '..', 'cypher');
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export class CypherFileError extends Error {}

export interface LibraryQuery extends QuerySpec {
  text: string;
  file: string;
}

const cache = new Map<string, string>();

/** Reads cypher/<relative>.cypher, e.g. loadCypher('schema') or loadCypher('internal/health-counts'). */
export function loadCypher(relative: string): string {
  if (!relative.split('/').every((part) => NAME.test(part)))
    throw new CypherFileError(`Invalid Cypher file name: ${relative}`);
  let text = cache.get(relative);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${relative}.cypher`), 'utf8');
    cache.set(relative, text);
  }
  return text;
}

/** Splits a file of several statements on `;` at line ends (schema files); comments are dropped. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

export function parseHeader(text: string, file: string): QuerySpec {
  let name: string | undefined;
  const title = { en: '', zh: '' };
  const description = { en: '', zh: '' };
  const parameters: QueryParameterSpec[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s*@(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, tag, rest = ''] = m;
    if (tag === 'name') name = rest.trim();
    else if (tag === 'description') description.en = rest.trim();
    else if (tag === 'description:zh') description.zh = rest.trim();
    else if (tag === 'title') title.en = rest.trim();
    else if (tag === 'title:zh') title.zh = rest.trim();
    else if (tag === 'param:zh') {
      const [, pname = '', help = ''] = /^(\w+)\s+(.*)$/.exec(rest.trim()) ?? [];
      const param = parameters.find((p) => p.name === pname);
      if (!param || !help) throw new CypherFileError(`${file}: @param:zh names no @param above it: ${line.trim()}`);
      param.descriptionZh = help.trim();
    } else if (tag === 'param') {
      const p = /^(\w+)\s+(\S+)(?:\s*=\s*(\S+))?\s*(.*)$/.exec(rest.trim());
      if (!p) throw new CypherFileError(`${file}: malformed @param line: ${line.trim()}`);
      const [, pname = '', ptype = '', pdefault, pdesc] = p;
      if (!(QUERY_PARAMETER_TYPES as readonly string[]).includes(ptype))
        throw new CypherFileError(`${file}: unknown parameter type ${ptype}`);
      let def: unknown;
      if (pdefault !== undefined) {
        try {
          def = JSON.parse(pdefault);
        } catch {
          throw new CypherFileError(`${file}: default of ${pname} is not JSON: ${pdefault}`);
        }
      }
      parameters.push({
        name: pname,
        type: ptype as QueryParameterSpec['type'],
        ...(def !== undefined ? { default: def } : {}),
        ...(pdesc ? { description: pdesc } : {}),
      });
    }
  }
  if (!name || !NAME.test(name)) throw new CypherFileError(`${file}: missing or invalid // @name header`);
  if (!description.en) throw new CypherFileError(`${file}: missing // @description header`);
  return { name, title: { en: title.en || name, zh: title.zh || title.en || name }, description, parameters };
}

/** The named query library, sorted by name. */
export function loadLibrary(dir = path.join(CYPHER_DIR, 'queries')): LibraryQuery[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const text = fs.readFileSync(file, 'utf8');
      const spec = parseHeader(text, f);
      if (`${spec.name}.cypher` !== f)
        throw new CypherFileError(`${f}: @name ${spec.name} does not match the file name`);
      return { ...spec, text, file };
    });
}
