/**
 * Organisations (data: data/organizations.json): the suffixes that end a body's name and the kind of
 * body each names, the prefixes of party and distinct bodies, the level characters that abbreviate the
 * article's place, and the words that make a suffix a common noun instead of a body.
 */
import { z } from 'zod';
import { ABBREVIATED_LEVELS, ORG_KINDS, type AbbreviatedLevel, type OrgKind } from '../../model/schema';
import data from './data/organizations.json';

const reason = z.string().min(1);
const Words = z.object({ words: z.array(z.string().min(1)).min(1), reason });

const OrganizationsSchema = z.object({
  $comment: z.string(),
  suffixes: z.object({ entries: z.array(z.object({ suffix: z.string().min(1), kind: z.enum(ORG_KINDS) })), reason }),
  distinctBodyPrefixes: Words,
  partyPrefixes: Words,
  levelAbbreviations: z.object({
    levels: z.record(z.string().length(1), z.enum(ABBREVIATED_LEVELS)),
    reason,
  }),
  standaloneSuffixes: Words,
  bareLevelBodies: Words,
  notBureau: Words,
  genericMiddles: z.object({ whole: z.array(z.string().min(1)), anywhere: z.array(z.string().min(2)), reason }),
});

const organizations = OrganizationsSchema.parse(data);

/** Suffixes and the kind of body each names, longest first (有限公司 before 公司, 融媒体中心 before 中心). */
export const ORG_SUFFIXES: ReadonlyArray<{ suffix: string; kind: OrgKind }> = [...organizations.suffixes.entries].sort(
  (a, b) => b.suffix.length - a.suffix.length,
);

/** Prefixes that make a different body of the same place (共青团某县委 is not 某县委). */
export const DISTINCT_BODY_PREFIXES: readonly string[] = organizations.distinctBodyPrefixes.words;

/** Prefixes that only spell out the party (中共某县委 = 某县委): dropped from the canonical name. */
export const PARTY_PREFIXES: readonly string[] = organizations.partyPrefixes.words;

/** Level characters that abbreviate "this article's place of that level" before a body (县委, 乡党委). */
export const LEVEL_ABBREVIATIONS: Readonly<Record<string, AbbreviatedLevel>> = organizations.levelAbbreviations.levels;

/** Suffixes of bodies that can be named without a place (某某党总支, 某某公司). */
export const STANDALONE_SUFFIXES: ReadonlySet<string> = new Set(organizations.standaloneSuffixes.words);

/** Bodies every level of government has (市政协, 县政府): a level character before them needs no boundary. */
export const BARE_LEVEL_BODIES: ReadonlySet<string> = new Set(organizations.bareLevelBodies.words);

/** Ordinary words ending in 局 (格局, 布局). */
export const NOT_BUREAU: ReadonlySet<string> = new Set(organizations.notBureau.words);

const wholeMiddles = new Set(organizations.genericMiddles.whole);

/** Whether the words between a place (or level) and a suffix make a common noun (工作中心, 村党支部, 基层党委). */
export function isGenericMiddle(middle: string): boolean {
  return wholeMiddles.has(middle) || organizations.genericMiddles.anywhere.some((w) => middle.includes(w));
}
