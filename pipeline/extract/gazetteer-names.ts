/**
 * Finding the gazetteer's names in a sentence. There are some 50 000 of them, so instead of
 * trying every name at every position, the scan stops only where a character that can end a
 * name stands (市, 县, 镇, 道 …) and looks back for names ending there.
 */
import type { PlaceLevel } from '../../model/schema';
import { gazetteer, gazetteerCommonWords, type Division, type NameReading } from '../knowledge/gazetteer';

export interface NameMatch {
  length: number;
  /** The levels it may be read at here, highest first. */
  levels: readonly PlaceLevel[];
  alias: boolean;
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

/**
 * The gazetteer's names, looked up at a text position (in chains) or found anywhere in a text
 * (the names readable anywhere only).
 */
class NameIndex {
  private readonly names: ReadonlyMap<string, NameReading>;
  private readonly byLast: Map<number, number[]>;
  private readonly byFirst: Map<number, number[]>;
  private readonly lastPairs = new Set<number>();
  private readonly firstPairs = new Set<number>();
  private readonly stems: ReadonlyMap<string, Division>;
  private readonly stemLengths: readonly number[];

  constructor() {
    this.names = gazetteer().nameReadings(gazetteerCommonWords());
    this.stems = gazetteer().stems();
    this.stemLengths = [...new Set([...this.stems.keys()].map((k) => k.length))].sort((a, b) => b - a);
    const free: string[] = [];
    for (const [name, r] of this.names) {
      r.levels.sort((a, b) => RANK[a] - RANK[b]);
      r.free.sort((a, b) => RANK[a] - RANK[b]);
      this.firstPairs.add(pair(name, 0));
      if (r.free.length === 0) continue;
      free.push(name);
      this.lastPairs.add(pair(name, name.length - 2));
    }
    this.byLast = lengthsBy(free, (name) => name.charCodeAt(name.length - 1));
    this.byFirst = lengthsBy(this.names.keys(), (name) => name.charCodeAt(0));
  }

  /** Start → the longest name readable anywhere that starts there. */
  matches(text: string): Map<number, NameMatch> {
    const out = new Map<number, NameMatch>();
    for (let end = 1; end < text.length; end += 1) {
      const lengths = this.byLast.get(text.charCodeAt(end));
      if (!lengths || !this.lastPairs.has(pair(text, end - 1))) continue;
      for (const length of lengths) {
        const start = end + 1 - length;
        if (start < 0) continue;
        const reading = this.names.get(text.slice(start, end + 1));
        if (reading && reading.free.length > 0 && (out.get(start)?.length ?? 0) < length) out.set(start, { length, levels: reading.free, alias: reading.alias });
      }
    }
    this.addStemHeads(text, out);
    return out;
  }

  /**
   * A bare stem right before a name of a division inside it heads a chain (浙江湖州市, 四川郫都区):
   * alone a stem is too often a word, before its own division's place it is not.
   */
  private addStemHeads(text: string, out: Map<number, NameMatch>): void {
    const g = gazetteer();
    for (const [start, match] of [...out]) {
      for (const length of this.stemLengths) {
        const at = start - length;
        if (at < 0 || out.has(at)) continue;
        const stem = this.stems.get(text.slice(at, start));
        const next = text.slice(start, start + match.length);
        if (stem && g.named(next).some((d) => d.code !== stem.code && g.isWithin(d.code, stem.code))) {
          out.set(at, { length, levels: [stem.level], alias: true });
          break;
        }
      }
    }
  }

  /** The longest name starting at `at`, with the levels it has in a chain. */
  at(text: string, at: number): NameMatch | undefined {
    if (!this.firstPairs.has(pair(text, at))) return undefined;
    for (const length of this.byFirst.get(text.charCodeAt(at)) ?? []) {
      if (at + length > text.length) continue;
      const reading = this.names.get(text.slice(at, at + length));
      if (reading) return { length, levels: reading.levels, alias: reading.alias };
    }
    return undefined;
  }
}

let index: NameIndex | undefined;

/** The gazetteer's names, indexed on first use. */
export function gazetteerNames(): NameIndex {
  index ??= new NameIndex();
  return index;
}
