/**
 * Where an article's items are. The page as a whole is about the county it names most. An
 * item is about the first place it names that has a county (or a place in another province
 * than the page's county: a photo from 天津市 on a page about a county of 山西), taken to its
 * most specific level in the same chain (某县某镇 → 某镇). Bare places and abbreviations (县委,
 * 乡党委) are read against the item first, then the page.
 */
import type { Mention } from '../types';
import type { ArticleExtraction } from '../extract';
import type { PlacePath } from './places';

export interface ItemTopic {
  path: PlacePath;
  /** A place in another province than the page's county: the page county does not apply. */
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

/** A path of another province than the page's (both known), or starting below any province. */
function isForeign(path: PlacePath, page: PlacePath | undefined): boolean {
  const province = path[0]?.level === 'province' ? path[0] : undefined;
  if (!province) return path[0]?.level === 'city';
  const pageProvince = page?.[0]?.level === 'province' ? page[0] : undefined;
  return pageProvince !== undefined && (province.code ?? province.name) !== (pageProvince.code ?? pageProvince.name);
}

export function articleContext(x: ArticleExtraction, ownPath: (m: Mention) => PlacePath | undefined): ArticleContext {
  const counties = new Map<string, { path: PlacePath; count: number; first: number }>();
  const places = x.mentions.filter((m) => m.label === 'Place');
  for (const m of places) {
    const county = countyPrefix(ownPath(m) ?? []);
    if (!county) continue;
    const key = county.map((p) => p.code ?? p.name).join('/');
    const c = counties.get(key) ?? { path: county, count: 0, first: m.start };
    c.count += 1;
    counties.set(key, c);
  }
  const page = [...counties.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0]?.path;
  const topics = new Map<number, ItemTopic>();
  for (const m of places) {
    const path = ownPath(m);
    const item = m.sentence.item;
    if (!path || topics.has(item)) continue;
    const foreign = isForeign(path, page);
    if (!countyPrefix(path) && !foreign) continue;
    // The chain written on from this place in the same sentence (某县 → 某镇).
    let deepest = { m, path };
    for (const c of places) {
      if (c.sentence !== m.sentence || c.parent !== deepest.m.index) continue;
      const p = ownPath(c);
      if (p) deepest = { m: c, path: p };
    }
    topics.set(item, { path: deepest.path, foreign });
  }
  return { topics, ...(page ? { pageCounty: page } : {}) };
}
