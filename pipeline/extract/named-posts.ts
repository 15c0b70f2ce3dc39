/**
 * Posts written after the name: 王某，现任…书记; 王某（…书记）, also in lists 甲（…）、乙（…）;
 * 王某是…书记; 王某任…; 王某已调任…; 王某曾任…; 王某，某村党支部书记，… (an apposition);
 * 王某今年52岁，2014年起担任…; 他曾任… (the person the item named last); and the personnel notice 王某，男，汉族，1975年生，…，现任…，拟任…,
 * whose posts may follow in the next sentence; decisions written verb first (任命王某为…, 免去王某的…职务).
 * Each post takes the status of its verb (现任 current, 曾任 former, 拟任 proposed, 免去 former) or of the
 * words around it (原…, …候选人, …人选).
 */
import { isHan } from '../segment/characters';
import { COMPOUND_SURNAME_LIST, SURNAMES } from '../knowledge/names';
import {
  APPOINTMENT_VERBS,
  CLAUSE_OPENERS,
  CLAUSE_TAILS,
  NAME_HONORIFICS,
  NAME_INTRODUCERS,
  PERSONNEL_NOTICE_MARKERS,
  POST_VERBS,
  STATUS_AFTER,
  SUBJECT_PRONOUNS,
  VERB_ADVERBS,
} from '../knowledge/posts';
import type { PostStatus } from '../../model/schema';
import type { Mention, Sentence } from '../types';
import { alternation } from './lexicon';
import type { ArticleReading } from './mentions';
import { nameAt } from './name-boundaries';
import { addPerson, readPostPhrases, phraseStatus, statusOfWord, STATUS_AFTER_RE, writtenStart } from './post-phrases';

/**
 * A post verb after an optional adverb (已调任) and an optional destination (到某村担任, 到村里任); group 1 is
 * the verb. The destination is short and unpunctuated: the post phrase after the verb still has to close the clause.
 */
const VERB = `(?:到[\\u4e00-\\u9fff]{1,10}?)?(?:${alternation(VERB_ADVERBS)})?(${alternation(POST_VERBS.map((v) => v.word))})`;
const VERB_RE = new RegExp(`^${VERB}`);
/** A clause opening with a time (2014年起, 今年) and then a post verb. */
const TIMED_VERB_RE = new RegExp(
  `^(?:\\d{4}年(?:\\d{1,2}月)?(?:起|以来|底|初)?|${alternation(CLAUSE_OPENERS)})?${VERB}`,
);

/** How long a post was held, closing its clause (曾任某村党支部书记20多年, 已有17个年头). */
const DURATION = '(?:长达|近|已有|已|整整)?(?:\\d+|[一二三四五六七八九十]+)多?(?:年|个年头)(?:之久|多)?';

/** An age before the name opening a clause (32岁的某某当选…, 现年45岁的某某任…). */
const AGE_OPENER = /^(?:今年|现年)?\d{1,3}岁的/;

/** A personnel notice's opening: a name of two to four characters, then ，男， or ，女，. */
const NOTICE_OPENING = new RegExp(`^[\\u4e00-\\u9fff]{2,4}，(?:${alternation(PERSONNEL_NOTICE_MARKERS)})[，,]`);

/** What may stand right before the name of 王某（…书记）: a clause or list boundary. */
const BRACKET_NAME_BEFORE = new Set([...'，、；：。 “']);

/** What may close a post clause after its last phrase: 候选人, 人选, 同志, 一职 … */
const TAIL_RE = new RegExp(
  `^(?:${alternation([...STATUS_AFTER.map((w) => w.word), ...CLAUSE_TAILS])})*(?:${DURATION})?$`,
);

/**
 * A name before its posts: 王某，现任…; 王某是…; 王某任…; 王某曾任…; 王某，某村党支部书记，… (an
 * apposition); 王某今年52岁，2014年起担任…; and the personnel notice 王某，男，汉族，…，现任…，拟任…
 * (also when the posts follow in the next sentence). The name opens a clause; the posts are the
 * clauses after it that open with a post verb (or are the apposition) and end with a post phrase,
 * each with the verb's status. 王某（…书记） is read by readBracketedPosts.
 */
export function readNamedPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
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
    const rest = text.slice(clause.start);
    const age = AGE_OPENER.exec(rest)?.[0].length ?? NAME_INTRODUCERS.find((w) => rest.startsWith(w))?.length ?? 0;
    const opened =
      subjectAt(s, reading, phrases, clause.start + age) ??
      titledSubject(s, reading, clause) ??
      pronounSubject(s, reading, clause.start);
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
    readPostClause(
      s,
      reading,
      phrases,
      subject,
      from + (verbMatch?.[0].length ?? 0),
      clause.end,
      verb ? statusOfWord.get(verb)! : 'current',
    );
  }
  if (subject) lastSubject.set(reading, { person: subject, end: s.end });
}

/**
 * 任命王某为某局局长; 免去王某同志的某镇镇长职务; 提名王某为…候选人: a clause opening with a decision verb,
 * then the name, then the link word (为, 的) and the posts, each with the verb's status.
 */
const DECISION_RE = new RegExp(`(?<!被)(${alternation(APPOINTMENT_VERBS.map((v) => v.word))})`);

/**
 * The name a decision names at `at`: where jieba reads one, or else the surname and one or two characters
 * that the link word closes (任命某丽华为…: jieba joins 华为 into a word, the link word still ends the name).
 */
function decidedName(text: string, at: number, link: string): string | undefined {
  const read = nameAt(text, at);
  const linked = (n: number) =>
    text.startsWith(link, at + n) || NAME_HONORIFICS.some((h) => text.startsWith(h + link, at + n));
  if (read && linked(read.length)) return read;
  if (!SURNAMES.has(text[at] ?? '')) return read;
  const length = [3, 2].find((n) => linked(n) && /^[\u4e00-\u9fff]+$/.test(text.slice(at, at + n)));
  return length ? text.slice(at, at + length) : read;
}

export function readAppointments(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  if (phrases.length === 0) return;
  const text = s.text;
  // 任命甲为某局局长，乙为某局副局长: the decision carries on over the clauses after it, to the next ；.
  let carried: (typeof APPOINTMENT_VERBS)[number] | undefined;
  for (const clause of clauses(text)) {
    // The decision maker may come first (会议提名…, 某某人大常委会决定任命…); 被任命为 is a post verb after a name.
    const found = DECISION_RE.exec(text.slice(clause.start, clause.end));
    const decision = (found && APPOINTMENT_VERBS.find((v) => v.word === found[1])) ?? carried;
    carried = text[clause.end] === '，' ? decision : undefined;
    if (!decision) continue;
    const at = found ? clause.start + found.index + found[0].length : clause.start;
    const name = decidedName(text, at, decision.link);
    if (!name) continue;
    let after = at + name.length;
    after += NAME_HONORIFICS.find((h) => text.startsWith(h, after))?.length ?? 0;
    if (!text.startsWith(decision.link, after)) continue;
    const existing = reading
      .inSentence(s)
      .find((m) => m.label === 'Person' && m.start === s.start + at && m.name === name);
    const person = existing ?? addPerson(s, reading, at, name);
    readPostClause(s, reading, phrases, person, after + decision.link.length, clause.end, decision.status);
  }
}

/** The subject of each article's last sentence that had one, for the sentence right after it. */
const lastSubject = new WeakMap<ArticleReading, { person: Mention; end: number }>();

function carriedSubject(s: Sentence, reading: ArticleReading): Mention | undefined {
  const last = lastSubject.get(reading);
  return last && last.end <= s.start && !reading.articleText.slice(last.end, s.start).includes('\n')
    ? last.person
    : undefined;
}

/** 他曾任…: a pronoun and a post verb opening a clause refer to the person the item named last before it (not a credited reporter). */
function pronounSubject(
  s: Sentence,
  reading: ArticleReading,
  at: number,
): { person: Mention; after: number } | undefined {
  const pronoun = SUBJECT_PRONOUNS.find((p) => s.text.startsWith(p, at));
  if (!pronoun || !VERB_RE.test(s.text.slice(at + pronoun.length))) return undefined;
  // The paper's staff named in a byline are not whom the story speaks of.
  const credited = new Set(reading.credits.map((c) => c.person));
  let person: Mention | undefined;
  for (const m of reading.mentions) {
    if (
      m.label === 'Person' &&
      !credited.has(m.index) &&
      m.sentence.item === s.item &&
      m.end <= s.start + at &&
      (!person || m.end > person.end)
    )
      person = m;
  }
  return person ? { person, after: at + pronoun.length } : undefined;
}

/** The person whose name opens the sentence (王某今年52岁，…), if jieba reads a name there. */
function sentenceSubject(s: Sentence, reading: ArticleReading): Mention | undefined {
  const name = nameAt(s.text, 0);
  if (!name) return undefined;
  return (
    reading.inSentence(s).find((m) => m.label === 'Person' && m.start === s.start && m.name === name) ??
    addPerson(s, reading, 0, name)
  );
}

/**
 * 王某（某村党支部书记）、李某（某镇党委副书记）先后发言: a name written right before a bracket that
 * holds nothing but its posts, at the start of a clause or after 、.
 */
export function readBracketedPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
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
      const person =
        reading.inSentence(s).find((m) => m.label === 'Person' && m.start === s.start + at && m.name === name) ??
        addPerson(s, reading, at, name);
      readPostClause(s, reading, phrases, person, open + 1, close, 'current');
      break;
    }
  }
}

/** 原某镇党委书记刘某已调任…: a person read after a title, followed by a post verb in the same clause. */
function titledSubject(
  s: Sentence,
  reading: ArticleReading,
  clause: { start: number; end: number },
): { person: Mention; after: number } | undefined {
  for (const m of reading.inSentence(s)) {
    const end = m.end - s.start;
    if (m.label === 'Person' && m.start - s.start > clause.start && end < clause.end && VERB_RE.test(s.text.slice(end)))
      return { person: m, after: end };
  }
  return undefined;
}

/** A clause that is nothing but a written body or place and its posts (某村党支部书记、村委会主任). */
function isPostClause(
  s: Sentence,
  reading: ArticleReading,
  phrases: RegExpExecArray[],
  clause: { start: number; end: number },
): boolean {
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
function subjectAt(
  s: Sentence,
  reading: ArticleReading,
  phrases: RegExpExecArray[],
  at: number,
): { person: Mention; after: number } | undefined {
  const text = s.text;
  const introduces = (from: number): boolean => {
    const rest = text.slice(from);
    if (rest.startsWith('（') || VERB_RE.test(rest)) return true;
    if (!rest.startsWith('，')) return false;
    const next = rest.slice(1);
    if (VERB_RE.test(next) || PERSONNEL_NOTICE_MARKERS.some((w) => next.startsWith(w) && !isHan(next[w.length])))
      return true;
    const end = clauses(next)[0]?.end;
    return end !== undefined && isPostClause(s, reading, phrases, { start: from + 1, end: from + 1 + end });
  };
  const honorificAt = (from: number) => NAME_HONORIFICS.find((h) => text.startsWith(h, from))?.length ?? 0;
  const introducesAt = (n: number) =>
    introduces(at + n) || (honorificAt(at + n) > 0 && introduces(at + n + honorificAt(at + n)));
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
  const existing = reading
    .inSentence(s)
    .find((m) => m.label === 'Person' && m.start === s.start + at && m.name === name);
  const person = existing ?? addPerson(s, reading, at, name);
  if (text[after] === '，') after += 1;
  return { person, after };
}

/** The posts of one clause [start, end): it must end with a post phrase (and at most 候选人, 同志, 一职 …). */
function readPostClause(
  s: Sentence,
  reading: ArticleReading,
  phrases: RegExpMatchArray[],
  person: Mention,
  start: number,
  end: number,
  status: PostStatus,
): void {
  const inside = phrases.filter((p) => p.index! >= start && p.index! + p[0].length <= end);
  const last = inside.at(-1);
  if (!last) return;
  const tail = s.text.slice(last.index! + last[0].length, end);
  if (!TAIL_RE.test(tail)) return;
  const after = STATUS_AFTER_RE.exec(tail)?.[0];
  const clauseStatus = (after ? statusOfWord.get(after) : undefined) ?? status;
  const surface = s.text.slice(start, end);
  readPostPhrases(s, reading, inside, person, surface, (m) => phraseStatus(s, reading, m.index!) ?? clauseStatus);
}
