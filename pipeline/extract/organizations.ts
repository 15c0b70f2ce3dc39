/**
 * Organisations by suffix (…党委, …党支部, …局, …合作社 …). The name reaches back from the
 * suffix to a place or body written just before it (平陆县委 + 组织部; 东山村 + 党支部) or to a
 * name boundary. A bare level character (县委, 乡党委, 县税务局, 市政协) abbreviates the
 * article's place of that level and is resolved later from context.
 */
import type { OrgKind } from '../../model/schema';
import {
  BARE_LEVEL_BODIES,
  DISTINCT_BODY_PREFIXES,
  isGenericMiddle,
  LEVEL_ABBREVIATIONS,
  NOT_BUREAU,
  ORG_SUFFIXES,
  PARTY_PREFIXES,
  STANDALONE_SUFFIXES,
} from '../knowledge/organizations';
import { STATUS_BEFORE } from '../knowledge/posts';
import type { Mention, Sentence } from '../types';
import { nameStartBefore } from './boundaries';
import { Lexicon } from './lexicon';
import { insideQuote, quotes, type ArticleReading } from './mentions';

const suffixes = new Lexicon(ORG_SUFFIXES.map((s) => [s.suffix, s.kind] as const));

type PlaceMention = Mention & { label: 'Place' };

/** 原, 前任: words that date a post, written before its body's unit. */
const STATUS_WORDS: readonly string[] = STATUS_BEFORE.map((w) => w.word);

export function readOrganizations(s: Sentence, reading: ArticleReading): void {
  const text = s.text;
  const qs = quotes(s);
  for (let i = 0; i < text.length; i += 1) {
    const committee = partyCommitteeAt(s, i, reading);
    if (committee) continue;
    const found = suffixes.match(text, i);
    if (!found) continue;
    const end = i + found.word.length;
    if (NOT_BUREAU.has(text.slice(i - 1, end))) continue;
    // 大学生, 中学生: a person, not the school.
    if (found.value === 'school' && text[end] === '生') continue;
    if (insideQuote(qs, s.start + i, s.start + end)) continue;
    addOrganization(s, reading, i, end, found.word, found.value);
    // One reading per suffix: after 专业合作社, its 合作社 is not read again.
    i = end - 1;
  }
}

/** Words ending in a level character: 城市, 社区 … are not 市/区 standing for a place. */
const LEVEL_WORDS = /(城|都|超|集|全|郊|社|园|片|景|辖|范|新|该|本|各)$/;

/** A level character standing alone for "this article's place of that level" (充实市政协, 按照市委). */
function isBareLevel(text: string, at: number): boolean {
  return !LEVEL_WORDS.test(text.slice(0, at));
}

/** X县委 / X市委 / X区委 after a county or city, or a bare 县委/市委 (an abbreviation). */
function partyCommitteeAt(s: Sentence, i: number, reading: ArticleReading): boolean {
  const text = s.text;
  if (text[i] !== '委' || '员会托派屈婉'.includes(text[i + 1] ?? '')) return false;
  const anchor = reading.endingAt(s, s.start + i, ['Place']) as PlaceMention | undefined;
  if (anchor && (anchor.level === 'county' || anchor.level === 'city')) {
    addBody(s, reading, anchor.start - s.start, i + 1, 'party_committee', anchor);
    return true;
  }
  const level = text[i - 1];
  if (
    level &&
    '省县市区'.includes(level) &&
    isBareLevel(text, i - 1) &&
    !insideQuote(quotes(s), s.start + i - 1, s.start + i + 1)
  ) {
    const name = text.slice(i - 1, i + 1);
    reading.add({
      label: 'Organization',
      kind: 'party_committee',
      name,
      surface: name,
      start: s.start + i - 1,
      end: s.start + i + 1,
      sentence: s,
      abbreviates: LEVEL_ABBREVIATIONS[level]!,
    });
    return true;
  }
  return false;
}

function addOrganization(
  s: Sentence,
  reading: ArticleReading,
  i: number,
  end: number,
  suffix: string,
  kind: OrgKind,
): void {
  const text = s.text;
  // “两新”工委: a quoted name between a body and its suffix.
  let nameEnd = i;
  if (text[i - 1] === '”') {
    const open = text.lastIndexOf('“', i - 1);
    if (open < 0 || i - open > 8) return;
    nameEnd = open;
  }
  // 某村原党支部: a status word between the place and the unit belongs to the post, not to the body's name.
  const status = STATUS_WORDS.find((w) => text.startsWith(w, nameEnd - w.length));
  const statusAnchor = status
    ? reading.endingAt(s, s.start + nameEnd - status.length, ['Organization', 'Place'])
    : undefined;
  if (status && statusAnchor) {
    addBody(s, reading, statusAnchor.start - s.start, end, kind, statusAnchor, status);
    return;
  }
  const anchor = nearestAnchor(s, reading, nameEnd);
  if (anchor) {
    addBody(s, reading, anchor.start - s.start, end, kind, anchor);
    return;
  }
  // 市政协, 县政府: a level character and a government body need no boundary before them.
  const bare =
    BARE_LEVEL_BODIES.has(suffix) &&
    nameEnd - 1 >= 0 &&
    LEVEL_ABBREVIATIONS[text[nameEnd - 1]!] &&
    isBareLevel(text, nameEnd - 1);
  const start = bare ? nameEnd - 1 : nameStartBefore(text, nameEnd, 0, 10);
  if (start === undefined) return;
  const middle = text.slice(start, nameEnd);
  const level = middle[0];
  if (level && LEVEL_ABBREVIATIONS[level]) {
    const rest = middle.slice(1);
    // 县级党校, 乡镇党校: a level of bodies, not one body; 乡邻中心: a word, not 乡 + 邻.
    if (/^(级|镇|直|域)/.test(rest) || rest.length === 1 || (rest !== '' && isGenericMiddle(rest))) return;
    const name = text.slice(start, end);
    reading.add({
      label: 'Organization',
      kind,
      name,
      surface: name,
      start: s.start + start,
      end: s.start + end,
      sentence: s,
      abbreviates: LEVEL_ABBREVIATIONS[level]!,
    });
    return;
  }
  if (!STANDALONE_SUFFIXES.has(suffix) || middle.length < 2 || isGenericMiddle(middle)) return;
  const name = text.slice(start, end);
  reading.add({
    label: 'Organization',
    kind,
    name,
    surface: name,
    start: s.start + start,
    end: s.start + end,
    sentence: s,
  });
}

/** A place or body written right before the name (possibly with up to 10 name characters between). */
function nearestAnchor(s: Sentence, reading: ArticleReading, nameEnd: number): Mention | undefined {
  const start = nameStartBefore(s.text, nameEnd, 0, 10);
  for (let at = nameEnd; at >= nameEnd - 10 && at > 0; at -= 1) {
    const m = reading.endingAt(s, s.start + at, ['Organization', 'Place']);
    const middle = s.text.slice(at, nameEnd);
    if (m) return isGenericMiddle(middle) || !/^[\u4e00-\u9fff]*$/.test(middle) ? undefined : m;
    if (start !== undefined && at <= start) return undefined;
  }
  return undefined;
}

function addBody(
  s: Sentence,
  reading: ArticleReading,
  start: number,
  end: number,
  kind: OrgKind,
  anchor: Mention,
  /** A status word written between the anchor and the unit (某村原党支部), left out of the name. */
  status?: string,
): void {
  const text = s.text;
  let from = start;
  let prefix: string | undefined;
  for (const p of [...DISTINCT_BODY_PREFIXES, ...PARTY_PREFIXES]) {
    if (text.slice(from - p.length, from) === p) {
      prefix = p;
      from -= p.length;
      break;
    }
  }
  const surface = text.slice(from, end);
  const distinct = prefix !== undefined && DISTINCT_BODY_PREFIXES.includes(prefix);
  const written = prefix && !distinct ? text.slice(start, end) : surface;
  const name = status ? written.replace(`${anchor.surface}${status}`, anchor.surface) : written;
  reading.add({
    label: 'Organization',
    kind: distinct ? 'other' : kind,
    name,
    surface,
    start: s.start + from,
    end: s.start + end,
    sentence: s,
    parent: anchor.index,
    ...(prefix ? { prefix } : {}),
  });
}
