/**
 * A post phrase and the body it names: one or more titles joined by 、/兼/和, each with an
 * optional body unit and prefix (党委副书记、镇长; 党支部书记兼村委会主任; 驻村第一书记), read
 * against the place or body written before it, or the village, community or 小区 the item last
 * named. Each title becomes its own HOLDS_POST with the status the surrounding words give. Used by
 * the title-before-name rules (people.ts) and the name-before-title rules (named-posts.ts).
 */
import { LEVEL_ABBREVIATIONS, ORG_SUFFIXES } from '../knowledge/organizations';
import {
  BODY_UNITS,
  COMMITTEE_DEPARTMENTS,
  GOVERNMENT_HEAD_TITLES,
  PARTY_ORGANISATION_TITLES,
  PLACE_TITLES,
  PLACE_UNIT_NAMES,
  POST_TITLES,
  POST_VERBS,
  STATUS_AFTER,
  STATUS_BEFORE,
  TITLE_ALIASES,
  TITLE_PREFIXES,
  TOWNSHIP_COMMITTEE_TITLES,
  UNIT_KINDS,
} from '../knowledge/posts';
import type { PostStatus } from '../../model/schema';
import type { Mention, Sentence } from '../types';
import { alternation } from './lexicon';
import { lastPlaceBefore, type ArticleReading } from './mentions';

const UNIT = alternation([...BODY_UNITS, ...COMMITTEE_DEPARTMENTS]);
const TITLE = alternation(POST_TITLES);
const PREFIX = alternation(TITLE_PREFIXES);

/** 原, 前任 written between a place and its unit (某村原党支部书记): the post was held before. */
const STATUS_INSIDE = alternation(STATUS_BEFORE.map((w) => w.word));

/**
 * One or more titles joined by 、/兼/和, each with an optional body unit and prefix (驻村第一书记); the first
 * may open with a status word (某村原党支部书记).
 */
const POST_PHRASE = new RegExp(
  `(?:(?:${STATUS_INSIDE})?(?:${UNIT})?(?:${PREFIX})?(?:${TITLE}))(?:[、兼和及](?:(?:${UNIT})?(?:${PREFIX})?(?:${TITLE})))*`,
  'g',
);

/** One title of a phrase: group 1 the unit, group 2 the title. */
const TITLE_PART = new RegExp(`(${UNIT})?(?:${PREFIX})?(${TITLE})`, 'g');

/** 候选人, 人选 right after a post phrase. */
export const STATUS_AFTER_RE = new RegExp(`^(?:${alternation(STATUS_AFTER.map((w) => w.word))})`);

/** The status each post verb and status word gives. */
export const statusOfWord = new Map<string, PostStatus>(
  [...POST_VERBS, ...STATUS_BEFORE, ...STATUS_AFTER].map((w) => [w.word, w.status]),
);

/** Words written right before a post phrase that set its status (原, 曾任, 拟任), longest first. */
const BEFORE_WORDS = [...STATUS_BEFORE, ...POST_VERBS].map((w) => w.word).sort((a, b) => b.length - a.length);

/** The post phrases of a sentence, in text order. */
export function postPhrases(s: Sentence): RegExpExecArray[] {
  return [...s.text.matchAll(POST_PHRASE)];
}

/** A person mention at offset `at` of the sentence. */
export function addPerson(s: Sentence, reading: ArticleReading, at: number, name: string, surface = name): Mention {
  return reading.add({
    label: 'Person',
    name,
    surface,
    start: s.start + at,
    end: s.start + at + surface.length,
    sentence: s,
  });
}

/**
 * 运城市委书记、市人大常委会主任刘新海: the earlier posts of a compound whose later body is a
 * written organisation (not a unit the post phrase knows) are separate phrase matches joined
 * by 、 to the body of the next one; they belong to the same person.
 */
export function compoundChain(
  s: Sentence,
  reading: ArticleReading,
  phrases: RegExpMatchArray[],
  k: number,
): RegExpMatchArray[] {
  const chain = [phrases[k]!];
  for (;;) {
    const cursor = writtenStart(s, reading, chain[0]!.index!);
    if (s.text[cursor - 1] !== '、' && s.text[cursor - 1] !== '兼') return chain;
    const previous = phrases.find((p) => p.index! + p[0].length === cursor - 1);
    if (!previous) return chain;
    chain.unshift(previous);
  }
}

/** Where the place and body written before a post phrase start (湄潭县兴隆镇 + 党委书记 → at 湄). */
export function writtenStart(s: Sentence, reading: ArticleReading, phraseStart: number): number {
  let at = s.start + phraseStart;
  const own = reading.inSentence(s).find((o) => o.label === 'Organization' && !o.implied && o.start < at && at < o.end);
  if (own) at = own.start;
  // Strictly backwards: a body read from a short title (村支书 → its 党支部) spans no text and would hold the scan.
  for (
    let m = reading.endingAt(s, at, ['Organization', 'Place']);
    m && m.start < at;
    m = reading.endingAt(s, at, ['Organization', 'Place'])
  )
    at = m.start;
  return at - s.start;
}

/** The status a word right before the written post gives (原县委书记, 曾任村主任), if any. */
function statusBefore(text: string, at: number): PostStatus | undefined {
  const word = BEFORE_WORDS.find((w) => text.startsWith(w, at - w.length));
  return word ? statusOfWord.get(word) : undefined;
}

/** The status the words of a post phrase give: one opening it (某村原党支部书记) or right before its written start. */
export function phraseStatus(s: Sentence, reading: ArticleReading, phraseStart: number): PostStatus | undefined {
  // Not when the word is part of a name (太原市委书记: 原 is the city's).
  const at = s.start + phraseStart;
  const inside = STATUS_BEFORE.find((w) => s.text.startsWith(w.word, phraseStart));
  const named =
    inside &&
    reading
      .inSentence(s)
      .some((m) => m.label !== 'Person' && m.start <= at && at < m.end && m.name.includes(inside.word));
  return (named ? undefined : inside?.status) ?? statusBefore(s.text, writtenStart(s, reading, phraseStart));
}

export type Base = { place?: Mention; body?: Mention };

/**
 * The posts of the phrases of one compound (in text order) for one person: each phrase is read
 * against what is written before it, or the place and body the phrase before it ended in (or
 * `from`, where the previous person's posts ended: 某镇党委组织委员甲、宣传委员乙). Returns where the last post was.
 */
export function readPostPhrases(
  s: Sentence,
  reading: ArticleReading,
  phrases: readonly RegExpMatchArray[],
  person: Mention,
  surface: string,
  statusOf: (m: RegExpMatchArray) => PostStatus,
  from: Base = {},
): Base {
  let carried = from;
  for (const m of phrases) carried = readPostPhrase(s, reading, m, person, surface, statusOf(m), carried);
  return carried;
}

/** Reads the posts of one phrase; returns the place and body its last post was in, for the next phrase of a compound. */
function readPostPhrase(
  s: Sentence,
  reading: ArticleReading,
  m: RegExpMatchArray,
  person: Mention,
  surface: string,
  status: PostStatus,
  carried: Base,
): Base {
  const phraseStart = m.index!;
  let base: Base = baseAt(s, reading, phraseStart);
  if (!base.place && !base.body)
    base = carried.place || carried.body ? carried : unnamedGrassrootsBase(s, reading, phraseStart, m[0]);
  for (const part of m[0].matchAll(TITLE_PART)) {
    const written = part[2]!;
    // 村支书: a colloquial title stands for a unit and a title.
    const alias = TITLE_ALIASES.get(written);
    const unit = part[1] ?? alias?.unit;
    const title = alias?.title ?? written;
    const partStart = phraseStart + part.index!;
    const titleStart = partStart + part[0].length - written.length;
    const body = bodyFor(s, reading, base, unit, title, partStart, titleStart);
    if (!body) continue;
    reading.fact('HOLDS_POST', person, body, s, surface, { title, status });
    if (body.label === 'Organization') base = { place: base.place ?? placeOf(reading, body), body };
  }
  return base;
}

/** The place and body written right before a post phrase. */
function baseAt(s: Sentence, reading: ArticleReading, at: number): { place?: Mention; body?: Mention } {
  const body = reading.endingAt(s, s.start + at, ['Organization']);
  if (body) return { body, place: placeOf(reading, body) };
  // 是某村的党支部书记: a village or community joined to its body's post by 的.
  const place =
    reading.endingAt(s, s.start + at, ['Place']) ??
    (s.text[at - 1] === '的' ? reading.endingAt(s, s.start + at - 1, ['Place']) : undefined);
  return place ? { place } : {};
}

/**
 * 村党支部书记、村委会主任杨建军 with no village named in the sentence: a village, community or
 * 小区 body written without its name is the one of the village, community or 小区 the item last named.
 */
function unnamedGrassrootsBase(s: Sentence, reading: ArticleReading, at: number, phrase: string): { place?: Mention } {
  // 村党支部书记, 社区党委书记; 村委会主任, 居委会主任, 驻村工作队队长 name their level themselves.
  const levelWord =
    /(小区|社区|嘎查|村)$/.exec(s.text.slice(Math.max(0, at - 2), at))?.[1] ??
    (/^(村委会|村务|驻村|嘎查委员会)/.test(phrase) ? '村' : phrase.startsWith('居委会') ? '社区' : undefined);
  if (!levelWord) return {};
  // 嘎查 is Inner Mongolia's village.
  const level =
    levelWord === '村' || levelWord === '嘎查' ? 'village' : levelWord === '社区' ? 'community' : 'neighborhood';
  const place = lastPlaceBefore(reading.mentions, { item: s.item }, s.start + at, [level]);
  return place ? { place } : {};
}

/** A place's name and a unit that repeats its level word (某某嘎查 + 嘎查委员会 → 某某嘎查委员会). */
function joinedName(place: string, unit: string): string {
  for (let k = Math.min(place.length, unit.length - 1); k >= 2; k -= 1)
    if (place.endsWith(unit.slice(0, k))) return place + unit.slice(k);
  return place + unit;
}

/** The party organisation of a place that the item names (某村党支部, 某村党总支), if any. */
function partyOrganisationOf(reading: ArticleReading, s: Sentence, place: Mention): Mention | undefined {
  return reading.mentions.find(
    (m) =>
      m.label === 'Organization' &&
      m.sentence.item === s.item &&
      !m.implied &&
      (m.kind === 'party_branch' || m.kind === 'party_committee') &&
      m.parent !== undefined &&
      reading.mentions[m.parent]!.name === place.name,
  );
}

function placeOf(reading: ArticleReading, m: Mention): Mention | undefined {
  let cur: Mention | undefined = m;
  while (cur && cur.label !== 'Place') cur = cur.parent !== undefined ? reading.mentions[cur.parent] : undefined;
  return cur;
}

function bodyFor(
  s: Sentence,
  reading: ArticleReading,
  base: { place?: Mention; body?: Mention },
  unit: string | undefined,
  title: string,
  partStart: number,
  titleStart: number,
): Mention | undefined {
  // The body read by the organisation rules (…党支部 + 书记) ends where the title starts.
  const written = reading.endingAt(s, s.start + titleStart, ['Organization']);
  // 运城市委书记、市人大常委会主任: an abbreviated body after an earlier post is of that post's place.
  if (
    written?.label === 'Organization' &&
    written.abbreviates &&
    base.place &&
    base.place.name.endsWith(written.name[0]!)
  ) {
    return reading.add({
      label: 'Organization',
      kind: written.kind,
      name: base.place.name + written.name.slice(1),
      surface: written.surface,
      start: written.start,
      end: written.end,
      sentence: s,
      parent: base.place.index,
    });
  }
  if (written) return written;
  if (
    unit &&
    COMMITTEE_DEPARTMENTS.includes(unit) &&
    base.body?.label === 'Organization' &&
    base.body.kind === 'party_committee'
  ) {
    return reading.add({
      label: 'Organization',
      kind: 'agency',
      name: base.body.name + unit,
      surface: unit,
      start: s.start + partStart,
      end: s.start + titleStart,
      sentence: s,
      parent: base.body.index,
    });
  }
  // 某局党组书记: a party group written right after a body is that body's.
  if (
    unit &&
    base.body?.label === 'Organization' &&
    base.body.end === s.start + partStart &&
    base.body.kind !== 'party_committee' &&
    base.body.kind !== 'party_branch'
  ) {
    const kind = UNIT_KINDS.get(unit) ?? 'party_committee';
    return reading.add({
      label: 'Organization',
      kind,
      name: base.body.name + unit,
      surface: unit,
      start: s.start + partStart,
      end: s.start + titleStart,
      sentence: s,
      parent: base.body.index,
    });
  }
  if (unit && base.place) {
    const kind = UNIT_KINDS.get(unit) ?? ORG_SUFFIXES.find((o) => o.suffix === unit)?.kind ?? 'party_committee';
    const named =
      base.place.label === 'Place' && base.place.level === 'village' ? (PLACE_UNIT_NAMES.get(unit) ?? unit) : unit;
    return reading.add({
      label: 'Organization',
      kind,
      name: joinedName(base.place.name, named),
      surface: unit,
      start: s.start + partStart,
      end: s.start + titleStart,
      sentence: s,
      parent: base.place.index,
    });
  }
  if (unit) return undefined;
  if (GOVERNMENT_HEAD_TITLES.has(title) && base.place) {
    return reading.add({
      label: 'Organization',
      kind: 'government',
      name: `${base.place.name}人民政府`,
      surface: title,
      start: s.start + titleStart,
      end: s.start + titleStart + title.length,
      sentence: s,
      parent: base.place.index,
      implied: true,
    });
  }
  // 县长李强 with no place written: the government of the county (乡, 镇 …) the item is about, as for 县委.
  const levelChar = title.replace(/^(常务)?副/, '')[0]!;
  const level = GOVERNMENT_HEAD_TITLES.has(title) && !base.place ? LEVEL_ABBREVIATIONS[levelChar] : undefined;
  if (level) {
    return reading.add({
      label: 'Organization',
      kind: 'government',
      name: `${levelChar}人民政府`,
      surface: title,
      start: s.start + titleStart,
      end: s.start + titleStart + title.length,
      sentence: s,
      implied: true,
      abbreviates: level,
    });
  }
  // 某镇组织委员: a post of the township's party committee, written on the township alone.
  if (
    TOWNSHIP_COMMITTEE_TITLES.has(title) &&
    !base.body &&
    base.place?.label === 'Place' &&
    base.place.level === 'township'
  ) {
    return reading.add({
      label: 'Organization',
      kind: 'party_committee',
      name: `${base.place.name}党委`,
      surface: title,
      start: s.start + titleStart,
      end: s.start + titleStart + title.length,
      sentence: s,
      parent: base.place.index,
      implied: true,
    });
  }
  // 某村第一书记, 社区网格员: a post a place assigns is held in the place, the one the item named last when none is written;
  // after another post of a body (某村党支部书记、村级河长) it is still the place's, except a 第一书记 of that body.
  if (PLACE_TITLES.has(title) && (!base.body || !PARTY_ORGANISATION_TITLES.has(title))) {
    const place =
      base.place ??
      lastPlaceBefore(reading.mentions, { item: s.item }, s.start + titleStart, [
        'village',
        'community',
        'neighborhood',
      ]);
    return place && PARTY_ORGANISATION_TITLES.has(title) ? (partyOrganisationOf(reading, s, place) ?? place) : place;
  }
  return base.body ?? base.place;
}
