/**
 * The governance thesaurus (thesaurus.yaml): national and provincial vocabulary of
 * 党建引领基层治理, each practice with its surface forms, category, scope and meaning. Read and
 * checked once at start-up; `thesaurusEntry` maps any normalised surface form to its entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CONCEPT_CATEGORIES, type InitiativeKind } from '../../model/schema';

/** Surface forms shorter than this match inside ordinary words (村超 in 村超过). */
export const MIN_SURFACE_LENGTH = 3;

const surface = z.string().min(MIN_SURFACE_LENGTH);

/** The gap mark of a pattern and the most Chinese characters it stands for. */
export const PATTERN_GAP = '…';
export const PATTERN_GAP_MAX = 8;
/** “领办…合作社”: a head and a tail of two characters or more around one gap. */
const pattern = z.string().regex(/^[^…]{2,}…[^…]{2,}$/, 'a pattern is head…tail');

export const thesaurusEntrySchema = z
  .object({
    name: surface,
    synonyms: z.array(surface),
    patterns: z.array(pattern).optional(),
    category: z.enum(CONCEPT_CATEGORIES),
    scope: z.enum(['national', 'provincial', 'local-typical']),
    meaning: z.string().min(4),
  })
  .strict();
export type ThesaurusEntry = z.infer<typeof thesaurusEntrySchema>;

/** Every surface form names exactly one practice. */
export const thesaurusSchema = z.array(thesaurusEntrySchema).superRefine((entries, ctx) => {
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const form of [e.name, ...e.synonyms]) {
      const other = owner.get(form);
      if (other !== undefined && other !== e.name)
        ctx.addIssue({ code: 'custom', message: `“${form}” is a form of both ${other} and ${e.name}` });
      owner.set(form, e.name);
    }
  }
});

/** The graph label and initiative kind a category is read as. */
export function labelOfCategory(
  category: ThesaurusEntry['category'],
): { label: 'Mechanism' } | { label: 'Initiative'; kind: InitiativeKind } {
  switch (category) {
    case 'mechanism':
      return { label: 'Mechanism' };
    case 'facility':
      return { label: 'Initiative', kind: 'facility' };
    case 'activity':
      return { label: 'Initiative', kind: 'activity' };
    default:
      return { label: 'Initiative', kind: 'programme' };
  }
}

export function loadThesaurus(file: string): ThesaurusEntry[] {
  return thesaurusSchema.parse(parse(fs.readFileSync(file, 'utf8')));
}

export const THESAURUS: readonly ThesaurusEntry[] = loadThesaurus(path.join(__dirname, 'thesaurus.yaml'));
