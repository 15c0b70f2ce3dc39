/**
 * People and their posts, in every common way of writing them:
 * - a title before the name: 某镇党委书记王某, 党支部书记、村委会主任李某, 主任候选人张某;
 * - a name before the title: 王某，现任…书记; 王某（…书记）; 王某是…书记; 王某任…; the
 *   personnel notice 王某，男，汉族，1975年生，…，现任…，拟任… (see readNamedPosts);
 * - a role without a post (村民, 党员, 退役军人 + name).
 * The paper's bylines and credits are credits of the article, not posts (credits.ts).
 * Each title of a compound (、, 兼) becomes its own post to the body it names, with a status:
 * current, former (曾任, 原…) or proposed (拟任, 候选人). Where a name ends is jieba's
 * segmentation (name-boundaries.ts); forms of address (张大爷, 王阿姨) are not names.
 */
import { isHan } from '../segment/characters';
import { ADDRESS_TERMS, COMPOUND_SURNAME_LIST, NAME_FOLLOWING_WORDS, SURNAMES } from '../knowledge/names';
import { LEVEL_ABBREVIATIONS, ORG_SUFFIXES } from '../knowledge/organizations';
import {
  BODY_UNITS, CLAUSE_TAILS, COMMITTEE_DEPARTMENTS, GOVERNMENT_HEAD_TITLES, NAME_HONORIFICS, PERSON_ROLES, PERSONNEL_NOTICE_MARKERS,
  CLAUSE_OPENERS, PARTY_ORGANISATION_TITLES, PLACE_TITLES, POST_TITLES, TITLE_PREFIXES, UNIT_KINDS, POST_VERBS, STATUS_AFTER, STATUS_BEFORE, VERB_ADVERBS,
} from '../knowledge/posts';
import type { PostStatus } from '../../model/schema';
import type { Mention, Sentence } from '../types';
import { alternation } from './lexicon';
import { insideQuote, lastPlaceBefore, quotes, type ArticleReading } from './mentions';
import { nameBoundary } from './name-boundaries';

const UNIT = alternation([...BODY_UNITS, ...COMMITTEE_DEPARTMENTS]);
const TITLE = alternation(POST_TITLES);
const PREFIX = alternation(TITLE_PREFIXES);
/** One or more titles joined by 、/兼/和, each with an optional body unit and prefix (驻村第一书记). */
const POST_PHRASE = new RegExp(`(?:(?:${UNIT})?(?:${PREFIX})?(?:${TITLE}))(?:[、兼和及](?:(?:${UNIT})?(?:${PREFIX})?(?:${TITLE})))*`, 'g');
const TITLE_PART = new RegExp(`(${UNIT})?(?:${PREFIX})?(${TITLE})`, 'g');
const ROLE = new RegExp(alternation(PERSON_ROLES), 'g');
const STATUS_AFTER_RE = new RegExp(`^(?:${alternation(STATUS_AFTER.map((w) => w.word))})`);
/** A post verb, after an optional adverb (已调任): group 1 is the verb. */
const VERB_RE = new RegExp(`^(?:${alternation(VERB_ADVERBS)})?(${alternation(POST_VERBS.map((v) => v.word))})`);
/** A clause opening with a time (2014年起, 今年) and then a post verb: group 1 is the verb. */
const TIMED_VERB_RE = new RegExp(`^(?:\\d{4}年(?:\\d{1,2}月)?(?:起|以来|底|初)?|${alternation(CLAUSE_OPENERS)})?(?:${alternation(VERB_ADVERBS)})?(${alternation(POST_VERBS.map((v) => v.word))})`);
/** A personnel notice's opening: a name of two to four characters, then ，男， or ，女，. */
const NOTICE_OPENING = new RegExp(`^[\\u4e00-\\u9fff]{2,4}，(?:${alternation(PERSONNEL_NOTICE_MARKERS)})[，,]`);
/** What may stand right before the name of 王某（…书记）: a clause or list boundary. */
const BRACKET_NAME_BEFORE = new Set([...'，、；：。 “']);
const TAIL_RE = new RegExp(`^(?:${alternation([...STATUS_AFTER.map((w) => w.word), ...CLAUSE_TAILS])})*$`);
const statusOfWord = new Map<string, PostStatus>([...POST_VERBS, ...STATUS_BEFORE, ...STATUS_AFTER].map((w) => [w.word, w.status]));
/** Words written right before a post phrase that set its status (原, 曾任, 拟任), longest first. */
const BEFORE_WORDS = [...STATUS_BEFORE, ...POST_VERBS].map((w) => w.word).sort((a, b) => b.length - a.length);

/** The person named at `at`: a surname and one or two more characters where jieba reads a name (strict: see nameBoundary). */
export function nameAt(text: string, at: number, strict = false): string | undefined {
  const compound = COMPOUND_SURNAME_LIST.find((c) => text.startsWith(c, at));
  const surname = compound ?? (SURNAMES.has(text[at] ?? '') ? text[at]! : undefined);
  if (!surname) return undefined;
  const g = at + surname.length;
  if (!isHan(text[g])) return undefined;
  if (ADDRESS_TERMS.some((t) => text.startsWith(t, g))) return undefined;
  return nameBoundary(text.slice(at), surname, NAME_FOLLOWING_WORDS, strict);
}

export function readPeople(s: Sentence, reading: ArticleReading): void {
  const phrases = [...s.text.matchAll(POST_PHRASE)];
  readPosts(s, reading, phrases);
  readNamedPosts(s, reading, phrases);
  readBracketedPosts(s, reading, phrases);
  readRoles(s, reading);
}

function addPerson(s: Sentence, reading: ArticleReading, at: number, name: string, surface = name): Mention {
  return reading.add({ label: 'Person', name, surface, start: s.start + at, end: s.start + at + surface.length, sentence: s });
}

/**
 * 运城市委书记、市人大常委会主任刘新海: the earlier posts of a compound whose later body is a
 * written organisation (not a unit the post phrase knows) are separate phrase matches joined
 * by 、 to the body of the next one; they belong to the same person.
 */
function compoundChain(s: Sentence, reading: ArticleReading, phrases: RegExpMatchArray[], k: number): RegExpMatchArray[] {
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
function writtenStart(s: Sentence, reading: ArticleReading, phraseStart: number): number {
  let at = s.start + phraseStart;
  const own = reading.inSentence(s).find((o) => o.label === 'Organization' && !o.implied && o.start < at && at < o.end);
  if (own) at = own.start;
  for (let m = reading.endingAt(s, at, ['Organization', 'Place']); m; m = reading.endingAt(s, at, ['Organization', 'Place'])) at = m.start;
  return at - s.start;
}

/** The status a word right before the written post gives (原县委书记, 曾任村主任), if any. */
function statusBefore(text: string, at: number): PostStatus | undefined {
  const word = BEFORE_WORDS.find((w) => text.startsWith(w, at - w.length));
  return word ? statusOfWord.get(word) : undefined;
}

/** 某镇党委书记王某, 村委会主任候选人张某: titles right before a name. */
function readPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  const text = s.text;
  const qs = quotes(s);
  for (let k = 0; k < phrases.length; k += 1) {
    const last = phrases[k]!;
    const phraseEnd = last.index + last[0].length;
    const after = STATUS_AFTER_RE.exec(text.slice(phraseEnd))?.[0];
    const nameStart = phraseEnd + (after?.length ?? 0);
    const name = nameAt(text, nameStart);
    if (!name || insideQuote(qs, s.start + last.index, s.start + nameStart)) continue;
    const person = addPerson(s, reading, nameStart, name);
    const chain = compoundChain(s, reading, phrases, k);
    const status = (after ? statusOfWord.get(after) : undefined) ?? statusBefore(text, writtenStart(s, reading, chain[0]!.index!)) ?? 'current';
    let carried: Base = {};
    for (const m of chain) carried = readPostPhrase(s, reading, m, person, text.slice(m.index!, nameStart + name.length), status, carried);
  }
}

/**
 * A name before its posts: 王某，现任…; 王某是…; 王某任…; 王某曾任…; 王某，某村党支部书记，… (an
 * apposition); 王某今年52岁，2014年起担任…; and the personnel notice 王某，男，汉族，…，现任…，拟任…
 * (also when the posts follow in the next sentence). The name opens a clause; the posts are the
 * clauses after it that open with a post verb (or are the apposition) and end with a post phrase,
 * each with the verb's status. 王某（…书记） is read by readBracketedPosts.
 */
function readNamedPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  const carried = carriedSubject(s, reading);
  lastSubject.delete(reading);
  const text = s.text;
  if (phrases.length === 0) {
    // 王某，男，汉族，…。 (the posts follow in the next sentence): only a notice's opening is kept.
    const notice = NOTICE_OPENING.test(text) ? subjectAt(s, reading, phrases, 0) : undefined;
    if (notice) lastSubject.set(reading, { person: notice.person, end: s.end });
    return;
  }
  // 王某，男，…，1999年6月加入中国共产党。曾任…，现任…: the subject of the sentence before, in the same paragraph.
  let subject: Mention | undefined = carried && TIMED_VERB_RE.test(text) ? carried : undefined;
  let apposition = false;
  for (const [k, clause] of clauses(text).entries()) {
    const opened = subjectAt(s, reading, phrases, clause.start) ?? titledSubject(s, reading, clause);
    if (opened) subject = opened.person;
    // 王某今年52岁，2014年起担任…: the name opening the sentence is the subject of a later post clause.
    const timed = TIMED_VERB_RE.exec(text.slice(clause.start));
    if (!subject && k > 0 && timed) subject = sentenceSubject(s, reading);
    if (!subject) continue;
    // 王某，…: the posts begin in the next clause.
    if (opened && opened.after > clause.end) {
      apposition = true;
      continue;
    }
    const from = opened ? opened.after : clause.start;
    // 王某（…书记）: read by readBracketedPosts; the name stays the subject of the clauses after it.
    if (text[from] === '（') continue;
    const verbMatch = opened ? VERB_RE.exec(text.slice(from)) : TIMED_VERB_RE.exec(text.slice(from));
    const verb = verbMatch?.[1];
    const pure = apposition && !verb && isPostClause(s, reading, phrases, clause);
    apposition = false;
    if (!verb && !pure) continue;
    readPostClause(s, reading, phrases, subject, from + (verbMatch?.[0].length ?? 0), clause.end, verb ? statusOfWord.get(verb)! : 'current');
  }
  if (subject) lastSubject.set(reading, { person: subject, end: s.end });
}

/** The subject of each article's last sentence that had one, for the sentence right after it. */
const lastSubject = new WeakMap<ArticleReading, { person: Mention; end: number }>();

function carriedSubject(s: Sentence, reading: ArticleReading): Mention | undefined {
  const last = lastSubject.get(reading);
  return last && last.end <= s.start && !reading.articleText.slice(last.end, s.start).includes('\n') ? last.person : undefined;
}

/** The person whose name opens the sentence (王某今年52岁，…), if jieba reads a name there. */
function sentenceSubject(s: Sentence, reading: ArticleReading): Mention | undefined {
  const name = nameAt(s.text, 0);
  if (!name) return undefined;
  return reading.inSentence(s).find((m) => m.label === 'Person' && m.start === s.start && m.name === name) ?? addPerson(s, reading, 0, name);
}

/**
 * 王某（某村党支部书记）、李某（某镇党委副书记）先后发言: a name written right before a bracket that
 * holds nothing but its posts, at the start of a clause or after 、.
 */
function readBracketedPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  const text = s.text;
  for (let open = text.indexOf('（'); open >= 0; open = text.indexOf('（', open + 1)) {
    const close = text.indexOf('）', open);
    if (close < 0) return;
    if (!phrases.some((p) => p.index > open && p.index + p[0].length <= close)) continue;
    for (const length of [2, 3, 4]) {
      const at = open - length;
      if (at < 0 || (at > 0 && !BRACKET_NAME_BEFORE.has(text[at - 1]!))) continue;
      const name = nameAt(text, at);
      if (name?.length !== length) continue;
      const person = reading.inSentence(s).find((m) => m.label === 'Person' && m.start === s.start + at && m.name === name) ?? addPerson(s, reading, at, name);
      readPostClause(s, reading, phrases, person, open + 1, close, 'current');
      break;
    }
  }
}

/** 原某镇党委书记刘某已调任…: a person read after a title, followed by a post verb in the same clause. */
function titledSubject(s: Sentence, reading: ArticleReading, clause: { start: number; end: number }): { person: Mention; after: number } | undefined {
  for (const m of reading.inSentence(s)) {
    const end = m.end - s.start;
    if (m.label === 'Person' && m.start - s.start > clause.start && end < clause.end && VERB_RE.test(s.text.slice(end))) return { person: m, after: end };
  }
  return undefined;
}

/** A clause that is nothing but a written body or place and its posts (某村党支部书记、村委会主任). */
function isPostClause(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[], clause: { start: number; end: number }): boolean {
  const inside = phrases.filter((p) => p.index >= clause.start && p.index + p[0].length <= clause.end);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last || !TAIL_RE.test(s.text.slice(last.index + last[0].length, clause.end))) return false;
  return writtenStart(s, reading, first.index) === clause.start && writtenStart(s, reading, first.index) < first.index;
}

/** The clauses of a sentence: spans between ，；： (a bracket stays inside its clause). */
function clauses(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const ch = text[i];
    if (ch === '（') depth += 1;
    else if (ch === '）') depth = Math.max(0, depth - 1);
    else if (i === text.length || (depth === 0 && (ch === '，' || ch === '；' || ch === '：' || ch === '。'))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * A name opening a clause and followed by what introduces its posts: a post verb (王某任, 王某，现任),
 * a bracket (王某（…）), a personnel notice's 男/女, or an apposition (王某，某村党支部书记，).
 * Returns the person and where the posts begin.
 */
function subjectAt(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[], at: number): { person: Mention; after: number } | undefined {
  const text = s.text;
  const introduces = (from: number): boolean => {
    const rest = text.slice(from);
    if (rest.startsWith('（') || VERB_RE.test(rest)) return true;
    if (!rest.startsWith('，')) return false;
    const next = rest.slice(1);
    if (VERB_RE.test(next) || PERSONNEL_NOTICE_MARKERS.some((w) => next.startsWith(w) && !isHan(next[w.length]))) return true;
    const end = clauses(next)[0]?.end;
    return end !== undefined && isPostClause(s, reading, phrases, { start: from + 1, end: from + 1 + end });
  };
  const honorificAt = (from: number) => NAME_HONORIFICS.find((h) => text.startsWith(h, from))?.length ?? 0;
  const introducesAt = (n: number) => introduces(at + n) || (honorificAt(at + n) > 0 && introduces(at + n + honorificAt(at + n)));
  // Cheap test first: only a surname followed, 2–4 characters on, by an introducer is tagged.
  if (!SURNAMES.has(text[at] ?? '') && !COMPOUND_SURNAME_LIST.some((c) => text.startsWith(c, at))) return undefined;
  if (![2, 3, 4].some(introducesAt)) return undefined;
  const read = nameAt(text, at);
  if (!read) return undefined;
  // jieba may join a one-character verb to the name (某洋任 → 某洋 + 任): the clause decides.
  const name = [read, read.slice(0, -1)].find((n) => n.length >= 2 && introducesAt(n.length));
  if (!name) return undefined;
  let after = at + name.length;
  after += honorificAt(after);
  const existing = reading.inSentence(s).find((m) => m.label === 'Person' && m.start === s.start + at && m.name === name);
  const person = existing ?? addPerson(s, reading, at, name);
  if (text[after] === '，') after += 1;
  return { person, after };
}

/** The posts of one clause [start, end): it must end with a post phrase (and at most 候选人, 同志, 一职 …). */
function readPostClause(s: Sentence, reading: ArticleReading, phrases: RegExpMatchArray[], person: Mention, start: number, end: number, status: PostStatus): void {
  const inside = phrases.filter((p) => p.index! >= start && p.index! + p[0].length <= end);
  const last = inside.at(-1);
  if (!last) return;
  const tail = s.text.slice(last.index! + last[0].length, end);
  if (!TAIL_RE.test(tail)) return;
  const after = STATUS_AFTER_RE.exec(tail)?.[0];
  const clauseStatus = (after ? statusOfWord.get(after) : undefined) ?? status;
  const surface = s.text.slice(start, end);
  let carried: Base = {};
  for (const m of inside) carried = readPostPhrase(s, reading, m, person, surface, statusBefore(s.text, writtenStart(s, reading, m.index!)) ?? clauseStatus, carried);
}

type Base = { place?: Mention; body?: Mention };

/** Reads the posts of one phrase; returns the place and body its last post was in, for the next phrase of a compound. */
function readPostPhrase(s: Sentence, reading: ArticleReading, m: RegExpMatchArray, person: Mention, surface: string, status: PostStatus, carried: Base): Base {
  const phraseStart = m.index!;
  let base: Base = baseAt(s, reading, phraseStart);
  if (!base.place && !base.body) base = carried.place || carried.body ? carried : unnamedGrassrootsBase(s, reading, phraseStart, m[0]);
  for (const part of m[0].matchAll(TITLE_PART)) {
    const unit = part[1];
    const title = part[2]!;
    const partStart = phraseStart + part.index!;
    const titleStart = partStart + part[0].length - title.length;
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
  const place = reading.endingAt(s, s.start + at, ['Place']);
  return place ? { place } : {};
}

/**
 * 村党支部书记、村委会主任杨建军 with no village named in the sentence: a village, community or
 * 小区 body written without its name is the one of the village, community or 小区 the item last named.
 */
function unnamedGrassrootsBase(s: Sentence, reading: ArticleReading, at: number, phrase: string): { place?: Mention } {
  // 村党支部书记, 社区党委书记; 村委会主任, 居委会主任, 驻村工作队队长 name their level themselves.
  const levelWord = /(小区|社区|村)$/.exec(s.text.slice(Math.max(0, at - 2), at))?.[1] ?? (/^(村委会|驻村)/.test(phrase) ? '村' : phrase.startsWith('居委会') ? '社区' : undefined);
  if (!levelWord) return {};
  const level = levelWord === '村' ? 'village' : levelWord === '社区' ? 'community' : 'neighborhood';
  const place = lastPlaceBefore(reading.mentions, { item: s.item }, s.start + at, [level]);
  return place ? { place } : {};
}

/** The party organisation of a place that the item names (某村党支部, 某村党总支), if any. */
function partyOrganisationOf(reading: ArticleReading, s: Sentence, place: Mention): Mention | undefined {
  return reading.mentions.find(
    (m) => m.label === 'Organization' && m.sentence.item === s.item && !m.implied && (m.kind === 'party_branch' || m.kind === 'party_committee') && m.parent !== undefined && reading.mentions[m.parent]!.name === place.name,
  );
}

function placeOf(reading: ArticleReading, m: Mention): Mention | undefined {
  let cur: Mention | undefined = m;
  while (cur && cur.label !== 'Place') cur = cur.parent !== undefined ? reading.mentions[cur.parent] : undefined;
  return cur;
}

function bodyFor(s: Sentence, reading: ArticleReading, base: { place?: Mention; body?: Mention }, unit: string | undefined, title: string, partStart: number, titleStart: number): Mention | undefined {
  // The body read by the organisation rules (…党支部 + 书记) ends where the title starts.
  const written = reading.endingAt(s, s.start + titleStart, ['Organization']);
  // 运城市委书记、市人大常委会主任: an abbreviated body after an earlier post is of that post's place.
  if (written?.label === 'Organization' && written.abbreviates && base.place && base.place.name.endsWith(written.name[0]!)) {
    return reading.add({ label: 'Organization', kind: written.kind, name: base.place.name + written.name.slice(1), surface: written.surface, start: written.start, end: written.end, sentence: s, parent: base.place.index });
  }
  if (written) return written;
  if (unit && COMMITTEE_DEPARTMENTS.includes(unit) && base.body?.label === 'Organization' && base.body.kind === 'party_committee') {
    return reading.add({ label: 'Organization', kind: 'agency', name: base.body.name + unit, surface: unit, start: s.start + partStart, end: s.start + titleStart, sentence: s, parent: base.body.index });
  }
  if (unit && base.place) {
    const kind = UNIT_KINDS.get(unit) ?? ORG_SUFFIXES.find((o) => o.suffix === unit)?.kind ?? 'party_committee';
    return reading.add({ label: 'Organization', kind, name: base.place.name + unit, surface: unit, start: s.start + partStart, end: s.start + titleStart, sentence: s, parent: base.place.index });
  }
  if (unit) return undefined;
  if (GOVERNMENT_HEAD_TITLES.has(title) && base.place) {
    return reading.add({ label: 'Organization', kind: 'government', name: `${base.place.name}人民政府`, surface: title, start: s.start + titleStart, end: s.start + titleStart + title.length, sentence: s, parent: base.place.index, implied: true });
  }
  // 县长李强 with no place written: the government of the county (乡, 镇 …) the item is about, as for 县委.
  const levelChar = title.replace(/^(常务)?副/, '')[0]!;
  const level = GOVERNMENT_HEAD_TITLES.has(title) && !base.place ? LEVEL_ABBREVIATIONS[levelChar] : undefined;
  if (level) {
    return reading.add({ label: 'Organization', kind: 'government', name: `${levelChar}人民政府`, surface: title, start: s.start + titleStart, end: s.start + titleStart + title.length, sentence: s, implied: true, abbreviates: level });
  }
  // 某村第一书记, 社区网格员: a post a place assigns is held in the place, the one the item named last when none is written.
  if (PLACE_TITLES.has(title) && !base.body) {
    const place = base.place ?? lastPlaceBefore(reading.mentions, { item: s.item }, s.start + titleStart, ['village', 'community', 'neighborhood']);
    return place && PARTY_ORGANISATION_TITLES.has(title) ? (partyOrganisationOf(reading, s, place) ?? place) : place;
  }
  return base.body ?? base.place;
}

/** 村民某某, 退役军人某某, 党员某某: a named person without a post. */
function readRoles(s: Sentence, reading: ArticleReading): void {
  const qs = quotes(s);
  for (const m of s.text.matchAll(ROLE)) {
    const at = m.index + m[0].length;
    // “群众常来”: a slogan in quotes names nobody.
    if (insideQuote(qs, s.start + m.index, s.start + at + 1)) continue;
    const name = nameAt(s.text, at, true);
    if (name && !reading.overlaps(s, s.start + at, s.start + at + name.length, ['Person'])) addPerson(s, reading, at, name);
  }
}
