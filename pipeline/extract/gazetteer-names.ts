/**
 * Finding the gazetteer's names in a sentence. There are some 50 000 of them, so instead of
 * trying every name at every position, the scan stops only where a character that can end a
 * name stands (市, 县, 镇, 道 …) and looks back for names ending there.
 */
import type { PlaceLevel } from '../../model/schema';
import { gazetteer, gazetteerCommonWords, type NameReading } from '../knowledge/gazetteer';

export interface NameMatch extends NameReading {
  length: number;
}

const RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, township: 3, village: 4, community: 4, neighborhood: 5 };

/** Lengths by a name's first or last character, longest first. */
function lengthsBy(names: Iterable<string>, charAt: (name: string) => number): Map<number, number[]> {
  const out = new Map<number, Set<number>>();
  for (const name of names) out.set(charAt(name), (out.get(charAt(name)) ?? new Set()).add(name.length));
  return new Map([...out].map(([c, lengths]) => [c, [...lengths].sort((a, b) => b - a)]));
}

/** Two characters as one number: a cheap test before a name is cut out of the text. */
const pair = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

class NameIndex {
  private readonly byLast: Map<number, number[]>;
  private readonly byFirst: Map<number, number[]>;
  private readonly lastPairs = new Set<number>();
  private readonly firstPairs = new Set<number>();

  constructor(readonly names: ReadonlyMap<string, NameReading>) {
    this.byLast = lengthsBy(names.keys(), (name) => name.charCodeAt(name.length - 1));
    this.byFirst = lengthsBy(names.keys(), (name) => name.charCodeAt(0));
    for (const name of names.keys()) {
      this.lastPairs.add(pair(name, name.length - 2));
      this.firstPairs.add(pair(name, 0));
    }
  }

  /** Start → the longest name starting there. */
  matches(text: string): Map<number, NameMatch> {
    const out = new Map<number, NameMatch>();
    for (let end = 1; end < text.length; end += 1) {
      const lengths = this.byLast.get(text.charCodeAt(end));
      if (!lengths || !this.lastPairs.has(pair(text, end - 1))) continue;
      for (const length of lengths) {
        const start = end + 1 - length;
        if (start < 0) continue;
        const reading = this.names.get(text.slice(start, end + 1));
        if (reading && (out.get(start)?.length ?? 0) < length) out.set(start, { length, ...reading });
      }
    }
    return out;
  }

  /** The longest name starting at `at` (for the few positions a chain continues from). */
  at(text: string, at: number): NameMatch | undefined {
    if (!this.firstPairs.has(pair(text, at))) return undefined;
    for (const length of this.byFirst.get(text.charCodeAt(at)) ?? []) {
      if (at + length > text.length) continue;
      const reading = this.names.get(text.slice(at, at + length));
      if (reading) return { length, ...reading };
    }
    return undefined;
  }
}

function byLevel(names: Map<string, NameReading>): Map<string, NameReading> {
  for (const r of names.values()) r.levels.sort((a, b) => RANK[a] - RANK[b]);
  return names;
}

let free: NameIndex | undefined;
let chained: NameIndex | undefined;

/** Names read anywhere: full official names and full aliases (see Gazetteer.freeTextNames). */
export function freeNames(): NameIndex {
  free ??= new NameIndex(byLevel(gazetteer().freeTextNames(gazetteerCommonWords())));
  return free;
}

/** Names read only right after a place that can hold them (see Gazetteer.chainNames). */
export function chainNames(): NameIndex {
  chained ??= new NameIndex(byLevel(gazetteer().chainNames()));
  return chained;
}
