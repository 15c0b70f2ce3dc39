/**
 * Chinese personal names (data: data/names.json): common surnames (the ~300 most frequent
 * single-character surnames and the usual compound ones), the words that follow a surname
 * without making a name (张大爷, 王阿姨 are forms of address), and the characters that end a
 * name rather than extend it. Where a name stops otherwise is decided by jieba's segmentation
 * (extract/name-boundaries.ts), not by lists of words.
 */
import { z } from 'zod';
import data from './data/names.json';

const Reasoned = z.object({ word: z.string().min(1), reason: z.string().min(1) });

const NamesSchema = z.object({
  singleSurnames: z.string().min(100),
  compoundSurnames: z.array(z.string().length(2)),
  addressTerms: z.array(Reasoned),
  nameEndingChars: z.object({ chars: z.string().min(1), reason: z.string().min(1) }),
  nameFollowingWords: z.object({ words: z.array(z.string().min(1)), reason: z.string().min(1) }),
  minorityNameParts: z.object({ parts: z.array(z.string().min(2)), reason: z.string().min(1) }),
  transliterationChars: z.object({ chars: z.string().min(1), reason: z.string().min(1) }),
});

const names = NamesSchema.parse(data);

export const SURNAMES: ReadonlySet<string> = new Set([...names.singleSurnames]);
export const COMPOUND_SURNAME_LIST: readonly string[] = names.compoundSurnames;

/** Given-name parts that are forms of address or kinship terms (张大爷, 刘师傅): not a named person. */
export const ADDRESS_TERMS: readonly string[] = names.addressTerms.map((t) => t.word);

/** Single characters that end a two-character name when they follow it (李明说, 王红在). */
export const NAME_ENDING_CHARS: ReadonlySet<string> = new Set([...names.nameEndingChars.chars]);

/** What is said of a person right after the name (调研, 指出, 介绍). */
export const NAME_FOLLOWING_WORDS: ReadonlySet<string> = new Set(names.nameFollowingWords.words);

/** Parts of Mongolian and Tibetan names (no Han surname), longest first. */
export const MINORITY_NAME_PARTS: readonly string[] = [...names.minorityNameParts.parts].sort(
  (a, b) => b.length - a.length,
);

/** Characters frequent in transliterated names (阿不都拉): they never end the last part of a dotted name. */
export const TRANSLITERATION_CHARS: ReadonlySet<string> = new Set([...names.transliterationChars.chars]);
