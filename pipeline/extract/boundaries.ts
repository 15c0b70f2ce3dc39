/**
 * Where a name can begin: after punctuation, a digit, the start of the sentence, or a
 * function word (在/到/与/的 …). Chinese has no spaces, so these decide how far back a
 * name written before a suffix (…社区, …合作社) reaches.
 */
import { placeCommonWords } from '../knowledge/gazetteer';
import { POST_VERBS } from '../knowledge/posts';
import { isHan } from '../segment/characters';

const FUNCTION_CHARS: ReadonlySet<string> = new Set([...placeCommonWords().functionChars.chars]);

/** Two-character verbs that end the scan back from a suffix (成立 X 合作社, 担任 X 党支部 …): a data list. */
const VERBS = new Set(placeCommonWords().boundaryVerbs.words);

// The two-character verbs that introduce a post (现任, 曾任, 拟任 某村党支部书记) end the scan too.
for (const v of POST_VERBS) if (v.word.length === 2) VERBS.add(v.word);

/** Conjunctions cannot open a clause: there they are a name's first character (和平里小区). */
const CONJUNCTIONS: ReadonlySet<string> = new Set([...placeCommonWords().conjunctions.chars]);

export function isNameBoundary(text: string, at: number): boolean {
  if (at <= 0) return true;
  const prev = text[at - 1]!;
  if (CONJUNCTIONS.has(prev) && (at < 2 || !isHan(text[at - 2]))) return false;
  return !isHan(prev) || FUNCTION_CHARS.has(prev) || (at >= 2 && VERBS.has(text.slice(at - 2, at)));
}

export function startsWithFunctionChar(name: string): boolean {
  return FUNCTION_CHARS.has(name[0]!) && !CONJUNCTIONS.has(name[0]!);
}

/** A verb inside a would-be name (重点打造村, 围绕乡村 …): a phrase, not a name. */
export function containsVerb(name: string): boolean {
  for (let i = 0; i + 2 <= name.length; i += 1) if (VERBS.has(name.slice(i, i + 2))) return true;
  return false;
}

/**
 * Scan back from `end` over Han characters to the nearest name boundary, at most `max`
 * characters. Returns the start, or undefined when no boundary is reached (the suffix is
 * buried in a longer phrase) or a function character sits inside the span.
 */
export function nameStartBefore(text: string, end: number, min: number, max: number, floor = 0): number | undefined {
  for (let start = end; start >= Math.max(floor, end - max); start -= 1) {
    if (start < end && !isHan(text[start])) return undefined;
    if (end - start >= min && isNameBoundary(text, start))
      return end - start >= 2 && VERBS.has(text.slice(start, start + 2)) ? undefined : start;
    if (start < end && FUNCTION_CHARS.has(text[start]!)) return undefined;
  }
  return undefined;
}
