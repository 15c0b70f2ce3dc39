/**
 * People and their posts. A name is a common surname and one or two more characters, read
 * only where the text introduces a person: after a post title (某县委书记王明), a
 * compound title (党支部书记、居委会主任李红), a role (退役军人张建华), or in the paper's
 * bylines and credits. Forms of address (张大爷, 王阿姨) are not names. Each title of a
 * compound becomes its own HOLDS_POST to the body it names.
 */
import { isHan } from '../segment/characters';
import { ADDRESS_TERMS, COMPOUND_SURNAME_LIST, NAME_FOLLOWERS, NAME_FOLLOWING_WORDS, NOT_GIVEN_NAME_CHARS, SURNAMES } from '../knowledge/names';
import { LEVEL_ABBREVIATIONS, ORG_SUFFIXES } from '../knowledge/organizations';
import { BODY_UNITS, COMMITTEE_DEPARTMENTS, GOVERNMENT_HEAD_TITLES, MEMBER_TITLES, OWN_NEWSPAPER, PERSON_ROLES, POST_TITLES, STAFF_TITLES } from '../knowledge/posts';
import type { Mention, Sentence } from '../types';
import { alternation } from './lexicon';
import { insideQuote, lastPlaceBefore, quotes, type ArticleReading } from './mentions';

const UNIT = alternation([...BODY_UNITS, ...COMMITTEE_DEPARTMENTS, '县委', '市委', '区委']);
const TITLE = alternation(POST_TITLES);
/** One or more titles joined by 、/兼/和, each with an optional body unit. */
const POST_PHRASE = new RegExp(`(?:(?:${UNIT})?(?:${TITLE}))(?:[、兼和及](?:(?:${UNIT})?(?:${TITLE})))*`, 'g');
const TITLE_PART = new RegExp(`(${UNIT})?(${TITLE})`, 'g');
const ROLE = new RegExp(alternation(PERSON_ROLES), 'g');

/** Words that a surname character starts but that are not names (干部, 党员 …). */
const NOT_NAMES = new Set(['干部', '党员', '代表', '骨干', '群众', '和谐', '和美', '高度', '全面', '全体', '全部', '文明', '文化', '安全', '方面', '方式', '时间', '常态', '周边', '向上', '于是', '单位', '方案', '高效', '常规', '白天', '常常', '同时', '及时']);
const PLACE_OR_BODY_START = /^(村|社区|乡|镇|县|市|区|党|委|居委|主任|书记)/;

/** The person named at `at`: surname + 1–2 characters, or undefined. */
export function nameAt(text: string, at: number): string | undefined {
  const compound = COMPOUND_SURNAME_LIST.find((c) => text.startsWith(c, at));
  const surname = compound ?? (SURNAMES.has(text[at] ?? '') ? text[at]! : undefined);
  if (!surname) return undefined;
  const g = at + surname.length;
  if (!isHan(text[g])) return undefined;
  const rest = text.slice(g, g + 4);
  if (ADDRESS_TERMS.some((t) => rest.startsWith(t)) || PLACE_OR_BODY_START.test(rest) || NOT_GIVEN_NAME_CHARS.has(text[g]!)) return undefined;
  // A third character is part of the name unless it reads as what follows a name.
  const long = isHan(text[g + 1]) && !NAME_FOLLOWERS.has(text[g + 1]!) && !NAME_FOLLOWING_WORDS.has(text.slice(g + 1, g + 3));
  const name = text.slice(at, g + (long ? 2 : 1));
  if (NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) return undefined;
  return name;
}

export function readPeople(s: Sentence, reading: ArticleReading): void {
  readPosts(s, reading);
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
    const first = chain[0]!;
    // The body written before the phrase, or the one the phrase's own unit ends (市人大常委会 + 主任).
    const at = s.start + first.index!;
    const body = reading.endingAt(s, at, ['Organization']) ?? reading.inSentence(s).find((o) => o.label === 'Organization' && !o.implied && o.start < at && at < o.end);
    const cursor = body ? body.start - s.start : first.index!;
    if (s.text[cursor - 1] !== '、') return chain;
    const previous = phrases.find((p) => p.index! + p[0].length === cursor - 1);
    if (!previous) return chain;
    chain.unshift(previous);
  }
}

function readPosts(s: Sentence, reading: ArticleReading): void {
  const text = s.text;
  const qs = quotes(s);
  const phrases = [...text.matchAll(POST_PHRASE)];
  for (let k = 0; k < phrases.length; k += 1) {
    const last = phrases[k]!;
    const nameStart = last.index + last[0].length;
    const name = nameAt(text, nameStart);
    if (!name || insideQuote(qs, s.start + last.index, s.start + nameStart)) continue;
    const person = addPerson(s, reading, nameStart, name);
    let carried: Base = {};
    for (const m of compoundChain(s, reading, phrases, k)) carried = readPostPhrase(s, reading, m, person, text.slice(m.index!, nameStart + name.length), carried);
  }
}

type Base = { place?: Mention; body?: Mention };

/** Reads the posts of one phrase; returns the place and body its last post was in, for the next phrase of a compound. */
function readPostPhrase(s: Sentence, reading: ArticleReading, m: RegExpMatchArray, person: Mention, surface: string, carried: Base): Base {
  const phraseStart = m.index!;
  let base: Base = baseAt(s, reading, phraseStart);
  if (!base.place && !base.body) base = carried.place || carried.body ? carried : unnamedGrassrootsBase(s, reading, phraseStart, m[0]);
  for (const part of m[0].matchAll(TITLE_PART)) {
    const unit = part[1];
    const title = part[2]!;
    const partStart = phraseStart + part.index!;
    const titleStart = partStart + (unit?.length ?? 0);
    const body = bodyFor(s, reading, base, unit, title, partStart, titleStart);
    if (!body) continue;
    reading.fact('HOLDS_POST', person, body, s, surface, { title });
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
  const levelWord = /(小区|社区|村)$/.exec(s.text.slice(Math.max(0, at - 2), at))?.[1] ?? (/^(村委会|居委会)/.exec(phrase) ? (phrase.startsWith('村') ? '村' : '社区') : undefined);
  if (!levelWord) return {};
  const level = levelWord === '村' ? 'village' : levelWord === '社区' ? 'community' : 'neighborhood';
  const place = lastPlaceBefore(reading.mentions, { item: s.item }, s.start + at, [level]);
  return place ? { place } : {};
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
    const kind = ORG_SUFFIXES.find((o) => o.suffix === unit)?.kind ?? 'party_committee';
    return reading.add({ label: 'Organization', kind, name: base.place.name + unit, surface: unit, start: s.start + partStart, end: s.start + titleStart, sentence: s, parent: base.place.index });
  }
  if (unit) return undefined;
  if (GOVERNMENT_HEAD_TITLES.has(title) && base.place) {
    return reading.add({ label: 'Organization', kind: 'government', name: `${base.place.name}人民政府`, surface: title, start: s.start + titleStart, end: s.start + titleStart + title.length, sentence: s, parent: base.place.index, implied: true });
  }
  // 县长李强 with no place written: the government of the county (乡, 镇 …) the item is about, as for 县委.
  const level = GOVERNMENT_HEAD_TITLES.has(title) && !base.place ? LEVEL_ABBREVIATIONS[title.replace(/^副/, '')[0]!] : undefined;
  if (level) {
    const levelChar = title.replace(/^副/, '')[0]!;
    return reading.add({ label: 'Organization', kind: 'government', name: `${levelChar}人民政府`, surface: title, start: s.start + titleStart, end: s.start + titleStart + title.length, sentence: s, implied: true, abbreviates: level });
  }
  // 东山村，村民赵建平: the village a member title refers to, earlier in the same sentence.
  if (MEMBER_TITLES.has(title)) return base.place ?? lastPlaceBefore(reading.mentions, { sentence: s }, s.start + titleStart, ['village', 'community']);
  // 寺前村第一书记: a post written on a place with no body named is held in the place.
  return base.body ?? base.place;
}


/**
 * 退役军人张建华: a named person without a post. Role words are common nouns (群众信赖 …), so
 * only a full three-character name that ends where a name ends is taken.
 */
function readRoles(s: Sentence, reading: ArticleReading): void {
  for (const m of s.text.matchAll(ROLE)) {
    const at = m.index + m[0].length;
    const name = nameAt(s.text, at);
    const next = s.text[at + (name?.length ?? 0)];
    if (!name || name.length < 3 || (isHan(next) && !NAME_FOLLOWERS.has(next!))) continue;
    if (!reading.overlaps(s, s.start + at, s.start + at + name.length, ['Person'])) addPerson(s, reading, at, name);
  }
}

/**
 * The paper's own staff: bylines (本报记者 王一鸣 陈思; 本报讯（记者 陈思）; 本报讯（通讯员 李华
 * 记者 张敏）; 本报记者 赵华摄) and page credits (本版策划 周明 … 校 对 孙 伟 李小红). Names are
 * the tokens after a title, split by spaces or written on (记者张敏); a layout space inside a
 * two-character name (孙 伟) is closed up.
 */
export function readStaff(s: Sentence, reading: ArticleReading, credits: boolean): void {
  const text = s.text;
  const byline = /^(本报记者|本报讯（)/.exec(text);
  if (!byline && !credits) return;
  let newspaper: Mention | undefined;
  const paper = () => {
    const at = text.indexOf(OWN_NEWSPAPER);
    const start = at >= 0 ? at : 0;
    const surface = at >= 0 ? OWN_NEWSPAPER : text.slice(0, Math.min(2, text.length));
    return reading.add({ label: 'Organization', kind: 'media', name: OWN_NEWSPAPER, surface, start: s.start + start, end: s.start + start + surface.length, sentence: s, implied: at < 0 });
  };
  let title = byline?.[1] === '本报记者' ? '记者' : undefined;
  for (const { token, start, end } of staffTokens(text, byline ? byline[0].length : 0)) {
    const staff = STAFF_TITLES.find((t) => t.pattern === token);
    if (staff) {
      title = staff.title;
      continue;
    }
    const name = byline && token.endsWith('摄') ? token.slice(0, -1) : token;
    const isName = /^[\u4e00-\u9fff]{2,3}$/.test(name) && (credits || SURNAMES.has(name[0]!));
    if (!isName || !title) continue;
    newspaper ??= paper();
    const surfaceEnd = end - (token.length - name.length);
    const person = reading.add({ label: 'Person', name, surface: text.slice(start, surfaceEnd), start: s.start + start, end: s.start + surfaceEnd, sentence: s });
    reading.fact('HOLDS_POST', person, newspaper, s, text.slice(start, surfaceEnd), { title });
  }
}

/** The tokens of a byline or credit line: titles split off names written on (记者张敏), 孙 伟 closed up. */
function staffTokens(text: string, from: number): Array<{ token: string; start: number; end: number }> {
  const raw = [...text.slice(from).matchAll(/[^ （）]+/g)].map((m) => ({ token: m[0], start: from + m.index, end: from + m.index + m[0].length }));
  const out: Array<{ token: string; start: number; end: number }> = [];
  for (let k = 0; k < raw.length; k += 1) {
    const t = { ...raw[k]! };
    const next = raw[k + 1];
    if (t.token.length === 1 && next && next.token.length === 1 && next.start === t.end + 1) {
      out.push({ token: t.token + next.token, start: t.start, end: next.end });
      k += 1;
      continue;
    }
    const title = STAFF_TITLES.find((st) => t.token.startsWith(st.pattern) && t.token.length > st.pattern.length);
    if (title) {
      out.push({ token: title.pattern, start: t.start, end: t.start + title.pattern.length });
      out.push({ token: t.token.slice(title.pattern.length), start: t.start + title.pattern.length, end: t.end });
    } else out.push(t);
  }
  return out;
}
