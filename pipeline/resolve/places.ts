/**
 * One node per real place. A place the gazetteer knows is identified by its division code
 * (place:140829 for a county, place:140829201201 for a village), so every article that names
 * it gives the same node; a place the data lacks (a 小区, a new community) is identified by
 * its name under the nearest coded place above it (place:140829201/某某小区), or by its written
 * path when none is coded.
 *
 * A mention's path comes from, in order: the chain it was written in (its parent mention),
 * looked up under the parent's code; the gazetteer when the name is unique; a place of the same
 * name and level already placed in the same article; and finally the item or page the mention
 * stands in (a bare 西沟村 in a story about 某镇), looked up under that place. A name that
 * several divisions there share is never guessed: it stays a place of its own under the
 * context's deepest place.
 */
import { PLACE_LEVEL_RANK, type PlaceLevel } from '../../model/schema';
import { lastPlaceBefore } from '../extract/mentions';
import { gazetteer, type Division } from '../knowledge/gazetteer';
import type { Mention } from '../types';
import type { ArticleContext } from './context';

export interface PlaceStep {
  name: string;
  level: PlaceLevel;
  /** The division code, when the gazetteer knows this place. */
  code?: string;
}
export type PlacePath = PlaceStep[];

const CONTEXT_LEVELS: readonly PlaceLevel[] = ['township', 'county', 'city', 'province'];

export function placeId(path: PlacePath): string {
  let k = path.length - 1;
  while (k >= 0 && path[k]!.code === undefined) k -= 1;
  const names = path.slice(k + 1).map((p) => p.name);
  return `place:${[...(k >= 0 ? [path[k]!.code!] : []), ...names].join('/')}`;
}

function divisionPath(d: Division): PlacePath {
  return gazetteer()
    .chain(d.code)
    .map((c) => ({ name: c.name, level: c.level, code: c.code }));
}

/** A village may be listed as a 居委会 and written as a village, or the other way round. */
function sameLevel(a: PlaceLevel, b: PlaceLevel): boolean {
  return a === b || ((a === 'village' || a === 'community') && (b === 'village' || b === 'community'));
}

/** The one division of this name and level (under `ancestor` when given), if exactly one. */
function uniqueDivision(name: string, level: PlaceLevel, ancestor?: string): Division | undefined {
  const g = gazetteer();
  const found = (ancestor ? g.within(name, ancestor) : g.named(name)).filter((d) => sameLevel(d.level, level));
  return found.length === 1 ? found[0] : undefined;
}

/** A place written or implied under `base`: the gazetteer's division there, else a step below it. */
function under(base: PlacePath, step: PlaceStep): PlacePath {
  const last = base.at(-1);
  const known = last?.code !== undefined ? uniqueDivision(step.name, step.level, last.code) : undefined;
  return known ? divisionPath(known) : [...base, step];
}

/** The part of a path above a level (a village's context is its township, county, city …). */
function above(base: PlacePath, level: PlaceLevel): PlacePath {
  let k = base.length;
  while (k > 0 && PLACE_LEVEL_RANK[base[k - 1]!.level] >= PLACE_LEVEL_RANK[level]) k -= 1;
  return base.slice(0, k);
}

/** Resolves the place mentions of one article (memoised by mention index). */
export class PlaceResolver {
  private readonly own = new Map<number, PlacePath | undefined>();
  private readonly registry = new Map<string, PlacePath>();
  /** Chained names placed with the article's context (某镇某村 where 某镇 needed the page county). */
  private readonly placed = new Map<string, PlacePath>();
  private placedFor?: ArticleContext;

  constructor(private readonly mentions: readonly Mention[]) {}

  /** The path a mention has by itself: chain, registry or unique gazetteer name; no context. */
  ownPath(m: Mention): PlacePath | undefined {
    if (m.label !== 'Place') return undefined;
    if (this.own.has(m.index)) return this.own.get(m.index);
    let path: PlacePath | undefined;
    const parent = m.parent !== undefined ? this.mentions[m.parent] : undefined;
    const parentPath = parent ? this.ownPath(parent) : undefined;
    const key = `${m.level}:${m.name}`;
    if (parentPath) path = under(parentPath, { name: m.name, level: m.level });
    else if (!parent) {
      const known = this.registry.has(key) ? undefined : uniqueDivision(m.name, m.level);
      path = this.registry.get(key) ?? (known ? divisionPath(known) : undefined);
    }
    this.own.set(m.index, path);
    if (path && path.length > 1) this.registry.set(key, path);
    return path;
  }

  /** Every place mention's own path, in text order, so the registry is complete before context is used. */
  prime(): void {
    for (const m of this.mentions) this.ownPath(m);
    // Bare names seen before their chain: read them again now the registry is full.
    for (const m of this.mentions)
      if (m.label === 'Place' && (this.own.get(m.index)?.length ?? 0) <= 1) {
        this.own.delete(m.index);
        this.ownPath(m);
      }
  }

  /**
   * The full path: own; or under its chain's head placed in context (某社区某小区); or the place
   * of a chain of the same name placed in context (田庄镇李家沟村, then a bare 李家沟村); or beside a
   * village of the same sentence that has a township (东山村与毗邻的西沟村); or the division of
   * that name under the township, county, city or province named last before it in the item
   * (the most specific that finds one), or under the item's (or page's) place; else a place of
   * its own under the item's (or page's) place.
   */
  path(m: Mention, context: ArticleContext): PlacePath {
    const level = m.label === 'Place' ? m.level : 'village';
    const step = { name: m.name, level };
    const own = this.ownPath(m);
    if (own) return own;
    if (m.parent !== undefined) return under(this.path(this.mentions[m.parent]!, context), step);
    this.placeChains(context);
    const placed = this.placed.get(`${level}:${m.name}`);
    if (placed) return placed;
    if (level === 'village') {
      const sibling = this.mentions.find(
        (o) =>
          o.sentence === m.sentence &&
          o !== m &&
          o.label === 'Place' &&
          o.level === 'village' &&
          (this.ownPath(o)?.length ?? 0) > 1,
      );
      if (sibling) return under(this.ownPath(sibling)!.slice(0, -1), step);
    }
    const topic = context.topics.get(m.sentence.item);
    const base = above(topic?.path ?? context.pageCounty ?? [], level);
    // Most specific first: the township named last before it in the item, then the county, city, province.
    const earlier = CONTEXT_LEVELS.filter((l) => PLACE_LEVEL_RANK[l] < PLACE_LEVEL_RANK[level])
      .map((l) => lastPlaceBefore(this.mentions, { item: m.sentence.item }, m.start, [l]))
      .map((e) => (e && e !== m ? this.path(e, context) : undefined));
    for (const b of [...earlier, base]) {
      const last = b ? above(b, level).at(-1) : undefined;
      const known = last?.code !== undefined ? uniqueDivision(m.name, level, last.code) : undefined;
      if (known) return divisionPath(known);
    }
    return [...base, step];
  }

  /** Chained names whose chain needed the context, so a bare mention of the same name is the same place. */
  private placeChains(context: ArticleContext): void {
    if (this.placedFor === context) return;
    this.placedFor = context;
    for (const m of this.mentions) {
      if (m.label !== 'Place' || m.parent === undefined || this.ownPath(m)) continue;
      const key = `${m.level}:${m.name}`;
      const path = this.path(m, context);
      if (path.length > 1 && !this.placed.has(key)) this.placed.set(key, path);
    }
  }
}
