/**
 * One key for the ways a practice is written across counties: “双报到”, “双报到、双服务”,
 * “双报到双服务” and “双报到双服双责” are one practice. The rule: a name made of parallel
 * parts (run together or listed with 、) that all open with the same numeral (双…双…) is
 * keyed by its first part, when that part is a word of its own (three characters or more:
 * 一村一策 stays whole, it is not 一村). Dashes, dots and spaces are unified. A name that is
 * a surface form of a thesaurus practice is keyed by the practice's canonical name
 * (“支部领办合作社”, “村党组织领办合作社” → 党支部领办合作社). Any other name is its own key.
 */
import { NUMERAL_CHARS } from '../knowledge/concepts';
import { THESAURUS, type ThesaurusEntry } from '../knowledge/thesaurus';

export function normaliseConceptName(name: string): string {
  return name
    .replace(/[‘’“”"']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[-－–—―]+/g, '—')
    .replace(/[·•．]/g, '·')
    .trim();
}

/** Split 双报到双服双责 at each repeat of its opening numeral: [双报到, 双服, 双责]. */
function numeralParts(name: string): string[] {
  const head = name[0];
  if (head === undefined || !NUMERAL_CHARS.includes(head)) return [name];
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < name.length; i += 1) {
    if (name[i] === head) {
      parts.push(name.slice(from, i));
      from = i;
    }
  }
  parts.push(name.slice(from));
  return parts;
}

function parallel(parts: string[]): boolean {
  const head = parts[0]?.[0];
  return (
    head !== undefined &&
    parts.length > 1 &&
    NUMERAL_CHARS.includes(head) &&
    parts[0]!.length >= 3 &&
    parts.every((p) => p[0] === head && p.length >= 2)
  );
}

const BY_FORM = new Map<string, ThesaurusEntry>(
  THESAURUS.flatMap((e) => [e.name, ...e.synonyms].map((f) => [normaliseConceptName(f), e] as const)),
);

/** The thesaurus practice a name is a form of, whole or by its parallel key. */
export function thesaurusEntryOf(name: string): ThesaurusEntry | undefined {
  const n = normaliseConceptName(name);
  return BY_FORM.get(n) ?? BY_FORM.get(parallelKey(n));
}

function parallelKey(n: string): string {
  const listed = n.split(/[、，, ]/).filter((p) => p !== '');
  if (parallel(listed)) return parallelKey(listed[0]!);
  const parts = numeralParts(n);
  return parallel(parts) ? parts[0]! : n;
}

/** Keys already computed: the same few names recur in every article of an input. */
const KEYS = new Map<string, string>();

export function conceptKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = thesaurusEntryOf(name)?.name ?? parallelKey(normaliseConceptName(name));
    KEYS.set(name, key);
  }
  return key;
}
