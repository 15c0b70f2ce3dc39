/**
 * Places. Gazetteer names (China's provinces, cities, counties and townships, written in full)
 * are read anywhere, and a bare stem (浙江, 郫都) right before a division inside it; a chain
 * such as 某县某镇某村 continues with the gazetteer's other names (城区, 东镇, 某农场) and with
 * generic names by suffix (…乡/镇/街道, …村, …社区, …小区), each written under the one before
 * it. Outside a chain a generic name must start at a name boundary, not be a common word
 * (乡村, 老旧小区 …: gazetteer-common-words.json), and, for villages and townships, be proven by
 * the page (see provenNames).
 */
import { PLACE_LEVEL_RANK, type PlaceLevel } from '../../model/schema';
import { gazetteer, placeCommonWords } from '../knowledge/gazetteer';
import type { Mention, Sentence } from '../types';
import { containsVerb, isNameBoundary, nameStartBefore, startsWithFunctionChar } from './boundaries';
import { gazetteerNames, type NameMatch } from './gazetteer-names';
import { ArticleReading, insideQuote, quotes } from './mentions';

/** Generic names by suffix inside a chain (shortest name first). */
const GENERIC: ReadonlyArray<{ level: PlaceLevel; re: RegExp }> = [
  { level: 'county', re: /[\u4e00-\u9fff]{1,3}?(?:县|区)/y },
  { level: 'township', re: /[\u4e00-\u9fff]{2,3}?(?:街道|乡|镇)|[\u4e00-\u9fff]{2,4}?苏木/y },
  { level: 'community', re: /[\u4e00-\u9fff]{2,4}?社区/y },
  { level: 'neighborhood', re: /[\u4e00-\u9fff]{2,5}?小区/y },
  { level: 'village', re: /[\u4e00-\u9fff]{1,4}?(?:嘎查|村)/y },
];

const words = placeCommonWords();

/** Name parts that make a common noun, not a place (乡村, 老旧小区, 样板社区 …). */
const NOT_NAMES: ReadonlySet<string> = new Set(words.notNameParts.flatMap((g) => g.words));

/** Verbs a headline puts right after its place: what follows them is no name. */
const CLAUSE_VERBS: readonly string[] = words.clauseVerbs.words;

/** Last characters that make …村 a common word (美丽乡村, 新农村, 邻村); 东山村 is a name. */
const NOT_VILLAGE_ENDINGS: ReadonlySet<string> = new Set([...words.notVillageEndings.characters]);

function genericNameOk(level: PlaceLevel, name: string): boolean {
  // 改造老旧小区 (a common phrase): a phrase ending in a common noun is not a name either.
  for (let k = 0; k + 2 <= name.length; k += 1) if (NOT_NAMES.has(name.slice(k))) return false;
  if (CLAUSE_VERBS.some((v) => name.startsWith(v))) return false;
  if (
    NOT_NAMES.has(name) ||
    startsWithFunctionChar(name) ||
    /[不到在的了是为把将被从]/.test(name) ||
    containsVerb(name)
  )
    return false;
  // 一村, 两村: counted villages, not a village's name.
  if (
    level === 'village' &&
    (NOT_VILLAGE_ENDINGS.has(name[name.length - 1]!) || /^[一二三四五六七八九十两几多]/.test(name))
  )
    return false;
  return true;
}

/** A chain continues from a place only downwards: a village never holds a county. */
function canHold(parent: PlaceLevel, child: PlaceLevel): boolean {
  if (parent === 'village' || parent === 'neighborhood') return false;
  if (parent === 'community') return child === 'neighborhood';
  return PLACE_LEVEL_RANK[child] > PLACE_LEVEL_RANK[parent];
}

type PlaceMention = Mention & { label: 'Place' };

/** Generic names standing alone: suffix, name length limits. */
const ALONE: ReadonlyArray<{ level: PlaceLevel; suffix: string; min: number; max: number }> = [
  { level: 'township', suffix: '街道', min: 2, max: 3 },
  { level: 'township', suffix: '镇', min: 2, max: 3 },
  { level: 'township', suffix: '乡', min: 2, max: 3 },
  // Inner Mongolia's townships and villages: 某某苏木, 某某嘎查.
  { level: 'township', suffix: '苏木', min: 2, max: 4 },
  { level: 'village', suffix: '嘎查', min: 2, max: 5 },
  { level: 'community', suffix: '社区', min: 2, max: 4 },
  { level: 'neighborhood', suffix: '小区', min: 3, max: 5 },
  { level: 'village', suffix: '村', min: 1, max: 4 },
];

/** 村庄, 村落, 村级 …: 村 starting a word, not ending a name; 村（社区） is the generic pair (召开村（社区）书记会). */
const VILLAGE_WORD_AFTER = /^(?:[庄落级务容情规貌]|[（(]社区[）)])/;

/**
 * What shows that a bare X村 is a village's name rather than a phrase ending in 村 (解决村民…):
 * a body or member of it written after it, or a place preposition or verb before it.
 */
const VILLAGE_BODY_AFTER = /^(?:党支部|党总支|村委会|村民委员会|党群服务中心|村民|日间照料中心|卫生室)/;
const VILLAGE_PLACE_BEFORE = /(?:在|到|从|至|驶入|走进|来到|前往|位于|地处|图为)$/;

/** A county or township named on a page with at most this many namesakes lends its villages to the page. */
const MAX_NAMESAKES = 3;

/**
 * The bare names an article proves: villages and townships written in a chain under a county
 * or township somewhere on the page, the gazetteer's villages of the counties and townships the
 * page names, and villages followed by a body of theirs or introduced as a place (在/到/走进 …).
 */
export function provenNames(sentences: readonly Sentence[]): Set<string> {
  const proven = new Set<string>();
  const holders = new Set<string>();
  for (const s of sentences) {
    const scratch = new ArticleReading();
    readPlaces(s, scratch, proven);
    for (const m of scratch.mentions) {
      if (m.label !== 'Place') continue;
      if ((m.level === 'village' || m.level === 'township') && m.parent !== undefined) proven.add(m.name);
      if (m.level === 'county' || m.level === 'township') holders.add(m.name);
    }
    for (const m of s.text.matchAll(/[\u4e00-\u9fff]{1,4}村/g)) {
      const start = nameStartBefore(s.text, m.index + m[0].length - 1, 1, 4);
      if (start === undefined) continue;
      const name = s.text.slice(start, m.index + m[0].length);
      const after = s.text.slice(m.index + m[0].length);
      if (VILLAGE_BODY_AFTER.test(after) || VILLAGE_PLACE_BEFORE.test(s.text.slice(0, start))) proven.add(name);
    }
  }
  const g = gazetteer();
  for (const name of holders) {
    const divisions = g.named(name).filter((d) => d.level === 'county' || d.level === 'township');
    if (divisions.length <= MAX_NAMESAKES)
      for (const d of divisions) for (const village of g.villageNamesWithin(d.code)) proven.add(village);
  }
  return proven;
}

/** The first characters of the generic suffixes (社区, 小区, 村, 镇, 乡, 街道, 苏木, 嘎查): a cheap pre-filter. */
const SUFFIX_STARTS = new Set([...'社小村镇乡街苏嘎'].map((c) => c.charCodeAt(0)));
const LONGEST_ALONE = Math.max(...ALONE.map((a) => a.max));

/** Whether a suffix's first character follows position i closely; positions are asked in increasing order. */
function suffixScanner(text: string): (i: number) => boolean {
  let next = -1;
  return (i) => {
    if (next <= i) {
      next = i + 1;
      while (next < text.length && !SUFFIX_STARTS.has(text.charCodeAt(next))) next += 1;
    }
    return next < text.length && next - i <= LONGEST_ALONE;
  };
}

export function readPlaces(s: Sentence, reading: ArticleReading, proven: ReadonlySet<string>): void {
  const text = s.text;
  const qs = quotes(s);
  const suffixAhead = suffixScanner(text);
  const known = gazetteerMatches(s);
  const titles = bookTitles(text);
  let previous: PlaceMention | undefined;
  let i = 0;
  while (i < text.length) {
    const chained = previous !== undefined && previous.end - s.start === i;
    const found = chained
      ? inChain(text, i, previous!.level)
      : (freeFound(text, i, known.get(i)) ?? (suffixAhead(i) ? aloneAt(text, i, proven) : undefined));
    if (
      !found ||
      (found.generic && insideQuote(qs, s.start + i, s.start + i + found.length)) ||
      insideTitle(titles, i, i + found.length)
    ) {
      i += 1;
      continue;
    }
    const surface = text.slice(i, i + found.length);
    const parent = chained ? previous!.index : undefined;
    previous = reading.add({
      label: 'Place',
      level: found.level,
      name: surface,
      surface,
      start: s.start + i,
      end: s.start + i + found.length,
      sentence: s,
      ...(parent !== undefined ? { parent } : {}),
    }) as PlaceMention;
    i += found.length;
  }
}

/** Sentences are read twice (provenNames, then readPlaces): their gazetteer names once. */
const matchesBySentence = new WeakMap<Sentence, Map<number, NameMatch>>();

function gazetteerMatches(s: Sentence): Map<number, NameMatch> {
  let known = matchesBySentence.get(s);
  if (!known) matchesBySentence.set(s, (known = gazetteerNames().matches(s.text)));
  return known;
}

type Found = { level: PlaceLevel; length: number; generic: boolean };

/** Spans inside 《》: the titles of works (《解放区的天》) name no place. */
function bookTitles(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close > open) out.push([open, close]);
  }
  return out;
}

function insideTitle(titles: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return titles.some(([open, close]) => open < start && end <= close);
}

/** A name's last character and the next one making a word (乡村, 镇村): the name may be the tail of a phrase. */
const OPENS_WORD_AFTER = /^(?:乡村|镇村)$/;

/**
 * A gazetteer name outside a chain. A mere alias (某镇 for the official 某乡), or a name whose
 * suffix opens a word with what follows, must start at a name boundary: 代化乡 is an alias of
 * a 代化镇 and the middle of 现代化乡村; 发展乡 is a township and the middle of 发展乡村旅游.
 */
function freeFound(text: string, i: number, match: NameMatch | undefined): Found | undefined {
  if (!match) return undefined;
  if (
    (match.alias || OPENS_WORD_AFTER.test(text.slice(i + match.length - 1, i + match.length + 1))) &&
    !isNameBoundary(text, i)
  )
    return undefined;
  return gazetteerFound(match);
}

function gazetteerFound(match: NameMatch | undefined, after?: PlaceLevel): Found | undefined {
  const level = match?.levels.find((l) => after === undefined || canHold(after, l));
  return match && level ? { level, length: match.length, generic: false } : undefined;
}

/** The next place of a chain: a gazetteer name or a generic one the previous level can hold. */
function inChain(text: string, i: number, after: PlaceLevel): Found | undefined {
  const known = gazetteerFound(gazetteerNames().at(text, i), after);
  if (known) return known;
  for (const g of GENERIC) {
    if (!canHold(after, g.level)) continue;
    g.re.lastIndex = i;
    const m = g.re.exec(text);
    if (!m) continue;
    const suffix = /(?:街道|苏木|嘎查|社区|小区)$/.test(m[0]) ? 2 : 1;
    if (g.level === 'village' && VILLAGE_WORD_AFTER.test(text.slice(i + m[0].length))) continue;
    if (genericNameOk(g.level, m[0].slice(0, -suffix))) return { level: g.level, length: m[0].length, generic: true };
  }
  return undefined;
}

/** A generic name standing alone: it must start at the nearest name boundary before its suffix. */
function aloneAt(text: string, i: number, proven: ReadonlySet<string>): Found | undefined {
  if (!isNameBoundary(text, i)) return undefined;
  for (const a of ALONE) {
    let at = i + a.min;
    while (at <= i + a.max && !text.startsWith(a.suffix, at)) at += 1;
    if (at > i + a.max) continue;
    if (nameStartBefore(text, at, a.min, a.max) !== i) continue;
    const name = text.slice(i, at);
    const full = name + a.suffix;
    if (!genericNameOk(a.level, name)) continue;
    if ((a.level === 'village' || a.level === 'township') && !proven.has(full)) continue;
    if (a.level === 'village' && VILLAGE_WORD_AFTER.test(text.slice(at + 1))) continue;
    return { level: a.level, length: full.length, generic: true };
  }
  return undefined;
}
