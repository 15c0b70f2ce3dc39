/**
 * Unquoted thesaurus practices in a sentence: a character trie over every surface form of
 * pipeline/knowledge/thesaurus.yaml, read left to right taking the longest form that starts
 * at each position (村党组织领办合作社 before 领办合作社), then going on after it.
 */
import { THESAURUS, type ThesaurusEntry } from '../knowledge/thesaurus';
import { normaliseConceptName } from '../resolve/concept-key';

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

export interface TermMatch {
  /** Offsets within the searched text. */
  start: number;
  end: number;
  entry: ThesaurusEntry;
}

export function findTerms(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    let node = ROOT.next.get(text.charCodeAt(i));
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
  return out;
}
