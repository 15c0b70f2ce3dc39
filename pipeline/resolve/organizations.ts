/**
 * One node per body. A body's name is as written (中共 dropped), with abbreviations expanded
 * from context (县委 → 新绛县委, 乡党委 → 泗交镇党委, 市政协 → 运城市政协); its id is
 * qualified by its county unless the name already says it (org:新绛县委 but
 * org:夏县/东山村党支部), so two counties' 东城社区党支部 stay two bodies.
 */
import type { AbbreviatedLevel, OrgKind } from '../../model/schema';
import { lastPlaceBefore } from '../extract/mentions';
import type { Mention } from '../types';
import { countyPrefix, type ArticleContext } from './context';
import type { PlacePath, PlaceResolver } from './places';

export interface OrgRef {
  id: string;
  name: string;
  kind: OrgKind;
  county?: string;
  /** What its id is qualified by: the county's division code, or its name when the gazetteer has no code. */
  countyKey?: string;
  /** The place it is located in, when the text (or the abbreviation) says. */
  located?: PlacePath;
  /** The body it is part of (平陆县委 for 平陆县委组织部). */
  partOf?: string;
}

/**
 * org:<county code>/<name>: two counties of one name (two 朝阳区 in two provinces) keep two 朝阳区委. A county
 * known by name only qualifies names that do not already say it (org:某县委, org:某县/某村党支部).
 */
export function orgId(name: string, county: { name?: string; key?: string }): string {
  if (county.key && county.key !== county.name) return `org:${county.key}/${name}`;
  return county.name && !name.includes(county.name) ? `org:${county.name}/${name}` : `org:${name}`;
}

function abbreviationPlace(level: AbbreviatedLevel, context: ArticleContext, item: number): PlacePath | undefined {
  const topic = context.topics.get(item);
  if (topic?.foreign) return undefined;
  const base = topic?.path ?? context.pageCounty;
  if (!base) return undefined;
  // A county-level city (永济市, 河津市) is 市 to its own writers: 市住建局 on its page is its own.
  const countyCity = level === 'city' ? base.find((p) => p.level === 'county' && p.name.endsWith('市')) : undefined;
  if (countyCity) return base.slice(0, base.indexOf(countyCity) + 1);
  const k = base.findIndex((p) => p.level === level);
  if (k >= 0) return base.slice(0, k + 1);
  // The city (or province) of a page about a county: 市委 on a county's page is its city's 市委, 省委 its province's.
  if (level === 'city' || level === 'province') {
    const county = context.pageCounty ?? countyPrefix(base);
    const c = county?.findIndex((p) => p.level === level) ?? -1;
    return c >= 0 ? county!.slice(0, c + 1) : undefined;
  }
  return undefined;
}

export class OrgResolver {
  private readonly refs = new Map<number, OrgRef | undefined>();

  constructor(
    private readonly mentions: readonly Mention[],
    private readonly places: PlaceResolver,
    private readonly context: ArticleContext,
  ) {}

  resolve(m: Mention): OrgRef | undefined {
    if (m.label !== 'Organization') return undefined;
    if (this.refs.has(m.index)) return this.refs.get(m.index);
    const ref = this.compute(m);
    this.refs.set(m.index, ref);
    return ref;
  }

  /**
   * 在某镇，镇党委…: a county feature visits several townships in turn, so a bare 乡/镇 body is
   * the township the item named last before it, not the item's topic.
   */
  private lastTownshipBefore(m: Mention): PlacePath | undefined {
    const township = lastPlaceBefore(this.mentions, { item: m.sentence.item }, m.start, ['township']);
    return township ? this.places.path(township, this.context) : undefined;
  }

  private compute(m: Mention & { label: 'Organization' }): OrgRef | undefined {
    const parent = m.parent !== undefined ? this.mentions[m.parent] : undefined;
    let name = m.name;
    let located: PlacePath | undefined;
    let partOf: OrgRef | undefined;
    if (m.abbreviates) {
      located =
        (m.abbreviates === 'township' ? this.lastTownshipBefore(m) : undefined) ??
        abbreviationPlace(m.abbreviates, this.context, m.sentence.item);
      if (!located) return undefined;
      name = located[located.length - 1]!.name + m.name.slice(1);
    } else if (parent?.label === 'Place') {
      located = this.places.path(parent, this.context);
    } else if (parent?.label === 'Organization') {
      partOf = this.resolve(parent);
      // 县委组织部 under an expanded 县委 is 稷山县委组织部.
      if (partOf && m.name.startsWith(parent.name)) name = partOf.name + m.name.slice(parent.name.length);
    }
    const step = located ? countyPrefix(located)?.at(-1) : undefined;
    const county = step?.name ?? partOf?.county;
    const countyKey = step ? (step.code ?? step.name) : partOf?.countyKey;
    return {
      id: orgId(name, { name: county, key: countyKey }),
      name,
      kind: m.kind,
      ...(county ? { county } : {}),
      ...(countyKey ? { countyKey } : {}),
      ...(located ? { located } : {}),
      ...(partOf ? { partOf: partOf.id } : {}),
    };
  }
}

/** Longest common subsequence length, for typo-tolerant name matching. */
function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

/**
 * Characters that tell sibling bodies apart rather than misspell one: 第一/第二党支部,
 * 东营村/西营村, 上村/下村. Names differing in one of these are never typos of each other.
 */
const SIBLING_MARKS = new Set([...'一二三四五六七八九十百东西南北中上下前后左右内外新老大小']);

/** The characters of `a` left over once those of `b` are taken out (a multiset difference). */
function leftover(a: string, b: string): string[] {
  const pool = [...b];
  return [...a].filter((ch) => {
    const k = pool.indexOf(ch);
    if (k < 0) return true;
    pool.splice(k, 1);
    return false;
  });
}

export interface OrgForMerge {
  id: string;
  name: string;
  kind: OrgKind;
  county?: string;
  /** The place (or body) it is located in or part of; typos of one body share it. */
  parent?: string;
  /** Articles it is read in: a spelling with no parent is a typo only of a body of the same article. */
  articles: readonly string[];
  weight: number;
}

/** Same parent place, or one spelling without a place written in the same article as the other. */
function sameParent(a: OrgForMerge, b: OrgForMerge): boolean {
  if (a.parent !== undefined && b.parent !== undefined) return a.parent === b.parent;
  return a.articles.some((x) => b.articles.includes(x));
}

/**
 * Typos of one body (金源果蔬种植专业合作社 / 金原果蔬种植专业合作社): long names of the
 * same kind, county and parent place (see sameParent) that share nearly all characters in
 * order and differ in no sibling mark. Returns id → surviving id; the survivor is the better-evidenced one (then
 * the smaller id).
 */
export function typoMerges(orgs: readonly OrgForMerge[]): Map<string, string> {
  const merges = new Map<string, string>();
  const sorted = [...orgs].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    if (merges.has(a.id) || a.name.length < 8) continue;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j]!;
      if (
        merges.has(b.id) ||
        b.kind !== a.kind ||
        b.county !== a.county ||
        !sameParent(a, b) ||
        Math.abs(b.name.length - a.name.length) > 1
      )
        continue;
      if (lcs(a.name, b.name) / Math.max(a.name.length, b.name.length) < 0.85) continue;
      if ([...leftover(a.name, b.name), ...leftover(b.name, a.name)].some((ch) => SIBLING_MARKS.has(ch))) continue;
      merges.set(b.id, a.id);
    }
  }
  return merges;
}
