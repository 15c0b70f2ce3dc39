/**
 * Finding the gazetteer's names in a sentence. There are some 50 000 of them, so instead of
 * trying every name at every position, the scan stops only where a character that can end a
 * name stands (市, 县, 镇, 道 …) and looks back for names ending there.
 */
import { PLACE_LEVEL_RANK, type PlaceLevel } from '../../model/schema';
import { gazetteer, gazetteerCommonWords, type Division, type NameReading } from '../knowledge/gazetteer';

export interface NameMatch {
  length: number;
  /** The levels it may be read at here, highest first. */
  levels: readonly PlaceLevel[];
  alias: boolean;
}

/** Lengths of names by their first or last character code, longest first (an array: read at every character). */
function lengthsBy(names: Iterable<string>, charAt: (name: string) => number): Array<number[] | undefined> {
  const out: Array<number[] | undefined> = new Array(0x10000);
  for (const name of names) {
    const list = (out[charAt(name)] ??= []);
    if (!list.includes(name.length)) list.push(name.length);
  }
  for (const list of out) list?.sort((a, b) => b - a);
  return out;
}

/** Two characters as one number: a cheap test before a name is cut out of the text. */
const pair = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * The gazetteer's names, looked up at a text position (in chains) or found anywhere in a text
 * (the names readable anywhere only). Pairs of first and last characters are tested before a
 * candidate is cut out of the text: most positions fail there, without allocating.
 */
class NameIndex {
  private readonly names: ReadonlyMap<string, NameReading>;
  private readonly freeByLast: Array<number[] | undefined>;
  private readonly byFirst: Array<number[] | undefined>;
  private readonly freeLastPairs = new Set<number>();
  private readonly firstPairs = new Set<number>();
  private readonly lastPairs = new Set<number>();
  private readonly stems: ReadonlyMap<string, Division>;
  private readonly stemLastPairs = new Set<number>();
  private readonly stemLengths: readonly number[];

  constructor() {
    this.names = gazetteer().nameReadings(gazetteerCommonWords());
    this.stems = gazetteer().stems();
    for (const stem of this.stems.keys()) this.stemLastPairs.add(pair(stem, stem.length - 2));
    this.stemLengths = [...new Set([...this.stems.keys()].map((k) => k.length))].sort((a, b) => b - a);
    const free: string[] = [];
    for (const [name, r] of this.names) {
      r.levels.sort((a, b) => PLACE_LEVEL_RANK[a] - PLACE_LEVEL_RANK[b]);
      r.free.sort((a, b) => PLACE_LEVEL_RANK[a] - PLACE_LEVEL_RANK[b]);
      this.firstPairs.add(pair(name, 0));
      this.lastPairs.add(pair(name, name.length - 2));
      if (r.free.length === 0) continue;
      free.push(name);
      this.freeLastPairs.add(pair(name, name.length - 2));
    }
    this.freeByLast = lengthsBy(free, (name) => name.charCodeAt(name.length - 1));
    this.byFirst = lengthsBy(this.names.keys(), (name) => name.charCodeAt(0));
  }

  /** Start → the longest name readable anywhere that starts there. */
  matches(text: string): Map<number, NameMatch> {
    const out = new Map<number, NameMatch>();
    for (let end = 1; end < text.length; end += 1) {
      const lengths = this.freeByLast[text.charCodeAt(end)];
      if (!lengths || !this.freeLastPairs.has(pair(text, end - 1))) continue;
      for (const length of lengths) {
        const start = end + 1 - length;
        if (start < 0 || (out.get(start)?.length ?? 0) >= length) continue;
        const reading = this.names.get(text.slice(start, end + 1));
        if (reading && reading.free.length > 0) out.set(start, { length, levels: reading.free, alias: reading.alias });
      }
    }
    if (out.size > 0) this.addStemHeads(text, out);
    return out;
  }

  /**
   * A bare stem right before a name of a division inside it heads a chain (浙江湖州市, 四川郫都区):
   * alone a stem is too often a word, before its own division's place it is not.
   */
  private addStemHeads(text: string, out: Map<number, NameMatch>): void {
    const g = gazetteer();
    const heads: Array<[number, NameMatch]> = [];
    for (const [start, match] of out) {
      if (start < 2 || !this.stemLastPairs.has(pair(text, start - 2))) continue;
      for (const length of this.stemLengths) {
        const at = start - length;
        const stem = at >= 0 && !out.has(at) ? this.stems.get(text.slice(at, start)) : undefined;
        if (!stem) continue;
        const next = text.slice(start, start + match.length);
        if (g.named(next).some((d) => d.code !== stem.code && g.isWithin(d.code, stem.code)))
          heads.push([at, { length, levels: [stem.level], alias: true }]);
        break;
      }
    }
    for (const [at, head] of heads) out.set(at, head);
  }

  /** The longest name starting at `at`, with the levels it has in a chain. */
  at(text: string, at: number): NameMatch | undefined {
    if (!this.firstPairs.has(pair(text, at))) return undefined;
    for (const length of this.byFirst[text.charCodeAt(at)] ?? []) {
      if (at + length > text.length || !this.lastPairs.has(pair(text, at + length - 2))) continue;
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
