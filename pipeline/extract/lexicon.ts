/** Longest-match look-up of a word list at a text position, indexed by first character code. */
export class Lexicon<T> {
  private readonly byFirst = new Map<number, Array<{ word: string; value: T }>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const list = this.byFirst.get(word.charCodeAt(0)) ?? [];
      list.push({ word, value });
      this.byFirst.set(word.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest word starting at `at`. */
  match(text: string, at: number): { word: string; value: T } | undefined {
    const list = this.byFirst.get(text.charCodeAt(at));
    if (!list) return undefined;
    for (const entry of list) if (text.startsWith(entry.word, at)) return entry;
    return undefined;
  }
}

/** A regex alternation of words, longest first, with regex characters escaped. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
