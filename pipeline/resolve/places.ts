/**
 * One node per real place: a place is identified by its path from the province down
 * (山西省/运城市/夏县/泗交镇/东山村). A mention's path comes from, in order: the chain it was
 * written in (its parent mention), the gazetteer, a place of the same name and level already
 * placed in the same article (a bare 东山村 after 夏县泗交镇东山村), and finally the item or page
 * the mention stands in (a bare 西沟村 in a story about 泗交镇).
 */
import type { PlaceLevel } from '../../model/schema';
import { GAZETTEER, type GazetteerEntry } from '../knowledge/gazetteer';
import type { Mention } from '../types';
import type { ArticleContext } from './context';

export interface PlaceStep {
  name: string;
  level: PlaceLevel;
}
export type PlacePath = PlaceStep[];

const RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, township: 3, village: 4, community: 4, neighborhood: 5 };

export function placeId(path: PlacePath): string {
  const shown = path.length > 1 && path[0]!.level === 'province' ? path.slice(1) : path;
  return `place:${shown.map((p) => p.name).join('/')}`;
}

function levelOf(name: string): PlaceLevel {
  return GAZETTEER.get(name)?.[0]?.level ?? 'city';
}

function gazetteerPath(entry: GazetteerEntry): PlacePath {
  return [...entry.parents.map((name) => ({ name, level: levelOf(name) })), { name: entry.name, level: entry.level }];
}

/** The gazetteer reading of a name, preferring the entry under `county` when names repeat. */
function fromGazetteer(name: string, county: string | undefined): PlacePath | undefined {
  const entries = GAZETTEER.get(name);
  if (!entries) return undefined;
  return gazetteerPath(entries.find((e) => county !== undefined && e.parents.includes(county)) ?? entries[0]!);
}

/** Resolves the place mentions of one article (memoised by mention index). */
export class PlaceResolver {
  private readonly own = new Map<number, PlacePath | undefined>();
  private readonly registry = new Map<string, PlacePath>();

  constructor(private readonly mentions: readonly Mention[]) {}

  /** The path a mention has by itself: chain, gazetteer or registry; no context. */
  ownPath(m: Mention): PlacePath | undefined {
    if (m.label !== 'Place') return undefined;
    if (this.own.has(m.index)) return this.own.get(m.index);
    let path: PlacePath | undefined;
    const parent = m.parent !== undefined ? this.mentions[m.parent] : undefined;
    const parentPath = parent ? this.ownPath(parent) : undefined;
    const countyName = parentPath?.find((p) => p.level === 'county')?.name;
    const known = fromGazetteer(m.name, countyName);
    if (known && (!parentPath || known.some((p) => p.name === parentPath[parentPath.length - 1]!.name))) path = known;
    else if (parentPath) path = [...parentPath, { name: m.name, level: m.level }];
    else path = known ?? this.registry.get(`${m.level}:${m.name}`);
    this.own.set(m.index, path);
    if (path && path.length > 1) this.registry.set(`${m.level}:${m.name}`, path);
    return path;
  }

  /** Every place mention's own path, in text order, so the registry is complete before context is used. */
  prime(): void {
    for (const m of this.mentions) this.ownPath(m);
    // Bare names seen before their chain: read them again now the registry is full.
    for (const m of this.mentions) if (m.label === 'Place' && (this.own.get(m.index)?.length ?? 0) <= 1) {
      this.own.delete(m.index);
      this.ownPath(m);
    }
  }

  /**
   * The full path: own; or under its chain's head placed in context (滨河社区锦华小区);
   * or beside a village of the same sentence that has a township (东山村与毗邻的西沟村);
   * or under the item's (or page's) place of a higher level.
   */
  path(m: Mention, context: ArticleContext): PlacePath {
    const level = m.label === 'Place' ? m.level : 'village';
    const step = { name: m.name, level };
    const own = this.ownPath(m);
    if (own && (own.length > 1 || level === 'province' || level === 'city')) return own;
    if (m.parent !== undefined) return [...this.path(this.mentions[m.parent]!, context), step];
    if (level === 'village') {
      const sibling = this.mentions.find((o) => o.sentence === m.sentence && o !== m && o.label === 'Place' && o.level === 'village' && (this.ownPath(o)?.length ?? 0) > 1);
      if (sibling) return [...this.ownPath(sibling)!.slice(0, -1), step];
    }
    const topic = context.topics.get(m.sentence.item);
    const base = topic?.path ?? context.pageCounty ?? [];
    let k = base.length;
    while (k > 0 && RANK[base[k - 1]!.level] >= RANK[level]) k -= 1;
    return [...base.slice(0, k), step];
  }
}
