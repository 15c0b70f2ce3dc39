/**
 * A post written as what describes the person before the name, joined by 的:
 * 现任某村村委会主任的老党员王某; 曾在某村担任第一书记的区干部李某; 2021年起任某村村务监督委员会主任的张某.
 * The clause must introduce the post with a post verb (现任, 担任, 任), so that 书记的话 or
 * 村委会主任的办公室 name nobody; 曾 before the verb (曾在某村担任) makes the post a former one.
 * The holder is the first name after 的 in the same clause that ends where a name ends (a clause
 * boundary, or a character or word that follows names: 说, 给, 介绍); a kinship word on the way
 * (书记的儿子某某) makes the name someone else's relative, not the holder.
 */
import { NAME_ENDING_CHARS, NAME_FOLLOWING_WORDS } from '../knowledge/names';
import { ATTRIBUTIVE_EXCLUSIONS, POST_VERBS } from '../knowledge/posts';
import type { PostStatus } from '../../model/schema';
import type { Sentence } from '../types';
import type { ArticleReading } from './mentions';
import { nameAt } from './name-boundaries';
import { addPerson, compoundChain, readPostPhrases, statusOfWord, writtenStart } from './post-phrases';

/** The longest description between 的 and the name it describes (的区农业农村局干部王某). */
const MAX_DESCRIPTION = 12;
/** The longest place name between a post verb and the post it introduces (任某某村村务监督委员会主任). */
const MAX_PLACE_BETWEEN = 8;
const CLAUSE_BOUNDARY = /[，；：。！？、（）“”\s]/;
const VERBS = POST_VERBS.map((v) => v.word)
  .filter((v) => !ATTRIBUTIVE_EXCLUSIONS.verbs.includes(v))
  .sort((a, b) => b.length - a.length);

export function readAttributivePosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  const text = s.text;
  for (let k = 0; k < phrases.length; k += 1) {
    const last = phrases[k]!;
    const of = last.index + last[0].length;
    if (text[of] !== '的') continue;
    const chain = compoundChain(s, reading, phrases, k);
    const start = writtenStart(s, reading, chain[0]!.index!);
    const status = verbStatus(text, start);
    if (!status) continue;
    const holder = describedName(text, of + 1);
    if (!holder) continue;
    const person =
      reading
        .inSentence(s)
        .find((m) => m.label === 'Person' && m.start === s.start + holder.at && m.name === holder.name) ??
      addPerson(s, reading, holder.at, holder.name);
    readPostPhrases(s, reading, chain, person, text.slice(start, holder.at + holder.name.length), () => status);
  }
}

/**
 * The status of the post verb that introduces the post written at `at`, in the same clause and at
 * most a place name before it (担任某村…, 任…), or undefined when no verb does; former when 曾
 * opens the clause (曾在某村担任…).
 */
function verbStatus(text: string, at: number): PostStatus | undefined {
  let clauseStart = at;
  while (clauseStart > 0 && !CLAUSE_BOUNDARY.test(text[clauseStart - 1]!)) clauseStart -= 1;
  for (let end = at; end >= Math.max(clauseStart, at - MAX_PLACE_BETWEEN); end -= 1) {
    const verb = VERBS.find((v) => text.startsWith(v, end - v.length) && end - v.length >= clauseStart);
    if (verb) return text.slice(clauseStart, end - verb.length).includes('曾') ? 'former' : statusOfWord.get(verb);
  }
  return undefined;
}

/** The first name after `from`, within the clause, that ends where a name ends. */
function describedName(text: string, from: number): { at: number; name: string } | undefined {
  for (let at = from; at < Math.min(text.length, from + MAX_DESCRIPTION); at += 1) {
    if (CLAUSE_BOUNDARY.test(text[at]!) || ATTRIBUTIVE_EXCLUSIONS.kin.some((w) => text.startsWith(w, at)))
      return undefined;
    const name = nameAt(text, at);
    if (name && endsName(text, at + name.length)) return { at, name };
  }
  return undefined;
}

function endsName(text: string, at: number): boolean {
  if (at >= text.length || CLAUSE_BOUNDARY.test(text[at]!) || NAME_ENDING_CHARS.has(text[at]!)) return true;
  for (const w of NAME_FOLLOWING_WORDS) if (text.startsWith(w, at)) return true;
  return false;
}
