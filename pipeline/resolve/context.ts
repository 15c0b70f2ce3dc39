/**
 * Where an article's items are. An item is about the first place it names that has a county
 * (or a city outside the gazetteer's province: a Tianjin photo on a Yuncheng page), taken to
 * its most specific level in the same chain (夏县泗交镇 → 泗交镇). The page as a whole is
 * about the county it names most. Bare places and abbreviations (县委, 乡党委) are read
 * against the item first, then the page.
 */
import type { Mention } from '../types';
import type { ArticleExtraction } from '../extract';
import type { PlacePath } from './places';

export interface ItemTopic {
  path: PlacePath;
  /** A place outside the gazetteer's counties: the page county does not apply. */
  foreign: boolean;
}

export interface ArticleContext {
  topics: Map<number, ItemTopic>;
  pageCounty?: PlacePath;
}

export function countyPrefix(path: PlacePath): PlacePath | undefined {
  const k = path.findIndex((p) => p.level === 'county');
  return k >= 0 ? path.slice(0, k + 1) : undefined;
}

/** Gazetteer paths start at the province; a path starting at a city is outside it. */
function isForeign(path: PlacePath): boolean {
  return path[0]?.level === 'city';
}

export function articleContext(x: ArticleExtraction, ownPath: (m: Mention) => PlacePath | undefined): ArticleContext {
  const topics = new Map<number, ItemTopic>();
  const counties = new Map<string, { path: PlacePath; count: number; first: number }>();
  const places = x.mentions.filter((m) => m.label === 'Place');
  for (const m of places) {
    const path = ownPath(m);
    if (!path) continue;
    const county = countyPrefix(path);
    if (county) {
      const key = county.map((p) => p.name).join('/');
      const c = counties.get(key) ?? { path: county, count: 0, first: m.start };
      c.count += 1;
      counties.set(key, c);
    }
    const item = m.sentence.item;
    if (topics.has(item) || (!county && !isForeign(path))) continue;
    // The chain written on from this place in the same sentence (夏县 → 泗交镇).
    let deepest = { m, path };
    for (const c of places) {
      if (c.sentence !== m.sentence || c.parent !== deepest.m.index) continue;
      const p = ownPath(c);
      if (p) deepest = { m: c, path: p };
    }
    topics.set(item, { path: deepest.path, foreign: isForeign(path) });
  }
  const page = [...counties.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0];
  return { topics, ...(page ? { pageCounty: page.path } : {}) };
}
