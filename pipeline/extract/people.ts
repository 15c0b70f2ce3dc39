/**
 * People and their posts, in every common way of writing them:
 * - a title before the name: 某镇党委书记王某, 党支部书记、村委会主任李某, 主任候选人张某 (here);
 * - a name before the title, and personnel notices (named-posts.ts);
 * - a post joined to the name by 的: 现任某村村委会主任的王某 (attributive-posts.ts);
 * - names listed before one post: 张某、李某两位网格长 (listed-posts.ts);
 * - a role without a post: 村民, 党员, 退役军人 + name (here).
 * How a post phrase finds its body and status is post-phrases.ts; where a name ends is jieba's
 * segmentation (name-boundaries.ts). The paper's bylines and credits are credits of the article,
 * not posts (credits.ts).
 */
import { EMPLOYMENT_WORDS, PERSON_ROLES } from '../knowledge/posts';
import { readAttributivePosts } from './attributive-posts';
import { readListedPosts } from './listed-posts';
import type { Sentence } from '../types';
import { alternation } from './lexicon';
import { insideQuote, quotes, type ArticleReading } from './mentions';
import { nameAt } from './name-boundaries';
import { readAppointments, readBracketedPosts, readNamedPosts } from './named-posts';
import {
  addPerson,
  compoundChain,
  postPhrases,
  type Base,
  readPostPhrases,
  phraseStatus,
  statusOfWord,
  STATUS_AFTER_RE,
  writtenStart,
} from './post-phrases';

const ROLE = new RegExp(alternation(PERSON_ROLES), 'g');
/** A role joined to the titles by 、: 老党员, or where the person works (县某局干部, written with its body). */
const JOINED_ROLE = new RegExp(
  `^、(?:${alternation(PERSON_ROLES)}|[\\u4e00-\\u9fff]{0,10}?(?:${alternation(EMPLOYMENT_WORDS)}))`,
);

export function readPeople(s: Sentence, reading: ArticleReading): void {
  const phrases = postPhrases(s);
  // Roles first: 村官某某接任… names the subject the post clauses then find.
  readRoles(s, reading);
  readPosts(s, reading, phrases);
  readNamedPosts(s, reading, phrases);
  readAppointments(s, reading, phrases);
  readBracketedPosts(s, reading, phrases);
  readAttributivePosts(s, reading, phrases);
  readListedPosts(s, reading, phrases);
}

/** 某镇党委书记王某, 村委会主任候选人张某: titles right before a name. */
function readPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  const text = s.text;
  const qs = quotes(s);
  // 某镇党委组织委员甲、宣传委员乙: a post right after the previous holder's name and 、 is in that holder's body.
  let previous: { end: number; base: Base } | undefined;
  for (let k = 0; k < phrases.length; k += 1) {
    const last = phrases[k]!;
    const phraseEnd = last.index + last[0].length;
    const after = STATUS_AFTER_RE.exec(text.slice(phraseEnd))?.[0];
    // 社区调解员、老党员某某: a role joined to the titles is no post, the name after it holds them.
    const role = after ? undefined : JOINED_ROLE.exec(text.slice(phraseEnd))?.[0];
    const nameStart = phraseEnd + (after?.length ?? role?.length ?? 0);
    const name = nameAt(text, nameStart);
    if (!name || insideQuote(qs, s.start + last.index, s.start + nameStart)) continue;
    const person = addPerson(s, reading, nameStart, name);
    const chain = compoundChain(s, reading, phrases, k);
    const status =
      (after ? statusOfWord.get(after) : undefined) ?? phraseStatus(s, reading, chain[0]!.index!) ?? 'current';
    const start = writtenStart(s, reading, chain[0]!.index!);
    const from =
      previous && text[start - 1] === '、' && previous.end === start - 1 && start === chain[0]!.index
        ? previous.base
        : {};
    const base = readPostPhrases(
      s,
      reading,
      chain,
      person,
      text.slice(chain[0]!.index!, nameStart + name.length),
      () => status,
      from,
    );
    previous = { end: nameStart + name.length, base };
  }
}

/** 村民某某, 退役军人某某, 党员某某: a named person without a post. */
function readRoles(s: Sentence, reading: ArticleReading): void {
  const qs = quotes(s);
  for (const m of s.text.matchAll(ROLE)) {
    const at = m.index + m[0].length;
    // “群众常来”: a slogan in quotes names nobody.
    if (insideQuote(qs, s.start + m.index, s.start + at + 1)) continue;
    const name = nameAt(s.text, at, true);
    if (name && !reading.overlaps(s, s.start + at, s.start + at + name.length, ['Person']))
      addPerson(s, reading, at, name);
  }
}
