/**
 * Unquoted thesaurus practices in a sentence: a character trie over every surface form of
 * pipeline/knowledge/thesaurus.yaml, read left to right taking the longest form that starts
 * at each position (村党组织领办合作社 before 领办合作社), then going on after it. Then the
 * forms with a gap (领办…合作社 in 村党支部领办了果品合作社): a head, a few Chinese characters,
 * the nearest tail; such a match replaces the trie matches inside it.
 */
import {
  MIN_SURFACE_LENGTH,
  PATTERN_GAP,
  PATTERN_GAP_MAX,
  THESAURUS,
  type ThesaurusEntry,
} from '../knowledge/thesaurus';
import { normaliseConceptName } from './concept-key';
import { isHan } from '../segment/characters';

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: ThesaurusEntry;
}

function buildTrie(entries: readonly ThesaurusEntry[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const e of entries) {
    // As written in the thesaurus, and without its quotes (“三会一课”制度 → 三会一课制度).
    for (const form of new Set([e.name, ...e.synonyms].flatMap((f) => [f, normaliseConceptName(f)]))) {
      let node = root;
      for (let i = 0; i < form.length; i += 1) {
        const c = form.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map() };
          node.next.set(c, child);
        }
        node = child;
      }
      node.entry = e;
    }
  }
  return root;
}

const ROOT = buildTrie(THESAURUS);
/**
 * A filter on the first two characters of every form (all have three or more), hashed into a
 * bitmap: most positions of a text start no form and are passed over without walking the trie.
 */
const PAIR_BITS = 1 << 18; // 32 KB: small enough to stay in cache between sentences
const pairHash = (a: number, b: number) => (Math.imul(a, 40503) ^ b) & (PAIR_BITS - 1);
const PAIRS = new Uint32Array(PAIR_BITS >>> 5);
const hasPair = (h: number) => (PAIRS[h >>> 5]! & (1 << (h & 31))) !== 0;
for (const [a, first] of ROOT.next)
  for (const b of first.next.keys()) PAIRS[pairHash(a, b) >>> 5]! |= 1 << (pairHash(a, b) & 31);

const GAPPED = THESAURUS.flatMap((entry) =>
  (entry.patterns ?? []).map((p) => {
    const [head, tail] = p.split(PATTERN_GAP) as [string, string];
    return { head, tail, entry };
  }),
);

export interface TermMatch {
  /** Offsets within the searched text. */
  start: number;
  end: number;
  entry: ThesaurusEntry;
}

export function findTerms(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  let i = 0;
  // Every form has MIN_SURFACE_LENGTH characters or more.
  const lastStart = text.length - MIN_SURFACE_LENGTH;
  while (i <= lastStart) {
    const c = text.charCodeAt(i);
    if (!hasPair(pairHash(c, text.charCodeAt(i + 1)))) {
      i += 1;
      continue;
    }
    let node = ROOT.next.get(c);
    let bestEnd = -1;
    let bestEntry: ThesaurusEntry | undefined;
    for (let j = i + 1; node; j += 1) {
      if (node.entry) {
        bestEnd = j;
        bestEntry = node.entry;
      }
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    if (bestEntry) {
      out.push({ start: i, end: bestEnd, entry: bestEntry });
      i = bestEnd;
    } else i += 1;
  }
  return withGapped(text, out);
}

/** The nearest `tail` after `from` with at most PATTERN_GAP_MAX Chinese characters between. */
function tailAfter(text: string, from: number, tail: string): number {
  for (let k = from; k <= from + PATTERN_GAP_MAX; k += 1) {
    if (text.startsWith(tail, k)) return k;
    if (!isHan(text[k])) return -1;
  }
  return -1;
}

function withGapped(text: string, found: TermMatch[]): TermMatch[] {
  let out = found;
  for (const { head, tail, entry } of GAPPED) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const t = tailAfter(text, at + head.length, tail);
      if (t < 0) continue;
      const m = { start: at, end: t + tail.length, entry };
      if (out.some((o) => o.start < m.end && m.start < o.end && (o.start < m.start || o.end > m.end))) continue;
      out = [...out.filter((o) => o.end <= m.start || o.start >= m.end), m].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
