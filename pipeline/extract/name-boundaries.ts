/**
 * Where a personal name starting at a surname ends, decided by jieba's segmentation and
 * part-of-speech tags instead of lists of words that are not names. The text right after a
 * surname is segmented (a short window: names are at most four characters); then:
 * - a word tagged as a person name (nr …) that starts with the surname is the name (王建国/nr);
 * - a common word that swallows the surname (成立/v, 常常/d, 任务/n) means there is no name,
 *   unless a name-following verb comes right after it (书记高峰介绍);
 * - a surname standing alone is joined with the single characters or the one two-character
 *   word after it, up to three characters (李/伟/接过 → 李伟; 杨/光明/表示 → 杨光明; 孙/立新/d),
 *   unless that word is a verb (齐/上阵) or what is said of a person (王/调研).
 * jieba is loaded once per process, on first use, and only the windows after a candidate
 * surname at a place where the rules expect a name are tagged. nameAt is the entry point: the
 * surname, forms of address (张大爷), then the boundary.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { isHan } from '../segment/characters';
import {
  ADDRESS_TERMS,
  COMPOUND_SURNAME_LIST,
  MINORITY_NAME_PARTS,
  TRANSLITERATION_CHARS,
  NAME_ENDING_CHARS,
  NAME_FOLLOWING_WORDS,
  SURNAMES,
} from '../knowledge/names';
import { POST_VERBS } from '../knowledge/posts';

let jieba: Jieba | undefined;

/** What is said of a person right after the name: the names data's words and the post verbs of two or more characters (某某当选…). */
const FOLLOWERS: ReadonlySet<string> = new Set([
  ...NAME_FOLLOWING_WORDS,
  ...POST_VERBS.map((v) => v.word).filter((w) => w.length >= 2),
]);

interface Token {
  word: string;
  tag: string;
}

/** Longest name window: a compound surname and two given-name characters, plus what follows. */
const WINDOW = 8;

const functionChars = new Map<string, boolean>();

/** Whether jieba reads the surname character alone as a preposition or conjunction (由, 和, 于, 向). */
function isFunctionChar(surname: string): boolean {
  let known = functionChars.get(surname);
  if (known === undefined) {
    known = /^(p|c)/.test(tag(surname)[0]?.tag ?? '');
    functionChars.set(surname, known);
  }
  return known;
}

/** Tags of the windows seen, since names recur on a page and across pages; bounded so a long run keeps its memory. */
const tagged = new Map<string, Token[]>();
const TAG_CACHE_SIZE = 50_000;

function tag(text: string): Token[] {
  let tokens = tagged.get(text);
  if (!tokens) {
    jieba ??= Jieba.withDict(dict);
    tokens = jieba.tag(text, true);
    if (tagged.size >= TAG_CACHE_SIZE) tagged.clear();
    tagged.set(text, tokens);
  }
  return tokens;
}

const isPersonTag = (t: string) => t.startsWith('nr');
/** Verbs after a lone surname are what the sentence says (居民齐/上阵), not a given name, unless jieba reads the surname as one (徐/nr 建新/v). */
const VERB_TAG = /^v/;
/** Tags of a lone surname character that say it is an ordinary word here (齐/a, 都/d, 全/a): in strict reading no name starts there. */
const WORD_TAG = /^(a|d|v|r)/;
/** jieba tags a word its HMM built outside the dictionary (most given names) as x. */
const NEW_WORD_TAG = 'x';
/** Tags of words that cannot be part of a given name: particles, prepositions, conjunctions, numbers. */
const FUNCTION_TAG = /^(u|p|c|m|w|e|y|o|r)/;
/**
 * A lone surname read as a preposition or conjunction (于/p, 和/c) starts a name only before a dictionary given
 * name; a numeral reading (余/m, 万/m) is a surname all the same, and so is a pronoun reading (何/r) except in
 * strict reading, where WORD_TAG already refuses it.
 */
const LONE_FUNCTION_TAG = /^(u|p|c)/;

/**
 * The name at the start of `text` (which starts with `surname`): the surname and one or two
 * given-name characters, or undefined when jieba reads the text as something else.
 * `followers`: words that, right after a common word, show it is a name anyway (介绍, 表示).
 * `strict`: where nothing but the name itself says a name follows (after 村民, 群众 …), a common
 * word is never a name and a dictionary verb is never split (群众全/参与).
 */
function nameBoundary(
  text: string,
  surname: string,
  followers: ReadonlySet<string>,
  strict = false,
): string | undefined {
  const maxLength = surname.length + 2;
  const window = text.slice(0, WINDOW).replace(/[^\u3400-\u9fff].*$/su, '');
  if (window.length <= surname.length) return undefined;
  const tokens = tag(window);
  const first = tokens[0]!;
  if (first.word.length > surname.length) {
    if (!first.word.startsWith(surname)) return undefined;
    // A word jieba's HMM found outside its dictionary (王凌峰/x), which may hold the verb after the name (某晓峰作);
    // not when the surname character is itself a preposition or conjunction (网格长由村“两委”…).
    // Such a word is a name after all when what is said of a person follows it (某丽娟/x 说).
    if (first.tag === NEW_WORD_TAG) {
      if (isFunctionChar(surname) && !followers.has(tokens[1]?.word ?? '')) return undefined;
      const word = trimEnding(first.word, maxLength);
      return word === first.word ? word + (lastGivenCharacter(tokens, word, maxLength, followers) ?? '') : word;
    }
    if (first.word.length > maxLength) return undefined;
    // A dictionary name (王建国/nr); a two-character one may be the head of a three-character name whose
    // last character jieba read apart (某玉/nr 华/ns， …): when that character alone ends the run before
    // punctuation, it is the given name's second character.
    if (isPersonTag(first.tag))
      return first.word + (lastGivenCharacter(tokens, first.word, maxLength, followers) ?? '');
    // A common word (常常, 成立): a name only when what follows is what is said of a person.
    return !strict && followers.has(tokens[1]?.word ?? '') ? first.word : undefined;
  }
  // 于/p 洪涛/nr: a surname that is also a function word starts a name only before a dictionary given name.
  if (strict && WORD_TAG.test(first.tag)) return undefined;
  if (LONE_FUNCTION_TAG.test(first.tag))
    return tokens[1] && isPersonTag(tokens[1].tag) && surname.length + tokens[1].word.length <= maxLength
      ? surname + tokens[1].word
      : undefined;
  let name = surname;
  for (const [k, t] of tokens.slice(1).entries()) {
    if (FUNCTION_TAG.test(t.tag) || name.length + t.word.length > maxLength) break;
    if (t.word.length === 1) {
      // 李明说: a character that follows names ends a two-character name.
      if (name.length > surname.length && NAME_ENDING_CHARS.has(t.word)) break;
    } else if (name.length > surname.length) break;
    else if (NAME_ENDING_CHARS.has(t.word.at(-1)!) && (!strict || t.tag === NEW_WORD_TAG)) {
      // 欧阳/春说, 李/明说: a given-name character and the verb after it, read as one word.
      name += t.word.slice(0, -1);
      break;
    } else if (
      followers.has(t.word) ||
      // A "verb" that closes the run of Han characters (…书记何/r 满仓/v。) has nothing after it to say: a given name.
      (VERB_TAG.test(t.tag) &&
        !isPersonTag(first.tag) &&
        tokens[k + 2] !== undefined &&
        !followsName(tokens[k + 2], followers))
    )
      break;
    name += t.word;
    if (t.word.length > 1) break;
  }
  return name.length > surname.length ? name : undefined;
}

/**
 * The one character after a two-character name that jieba split from it, when it is the given name's last:
 * it closes the run before punctuation (某玉/nr 华/ns，), it stands alone before what is said of a person
 * (某家/nrfg 明/a 主持会议), or jieba joined it to the verb after it (某家/nrfg 明说/v, 某伟/x 强作/vn 了).
 */
function lastGivenCharacter(
  tokens: readonly Token[],
  name: string,
  maxLength: number,
  followers: ReadonlySet<string>,
): string | undefined {
  const next = tokens[1];
  if (!next || name.length + 1 > maxLength || FUNCTION_TAG.test(next.tag)) return undefined;
  const char = next.word[0]!;
  if (NAME_ENDING_CHARS.has(char)) return undefined;
  if (next.word.length === 1) {
    const after = tokens[2];
    return !after || followsName(after, followers) ? char : undefined;
  }
  return next.word.length === 2 && NAME_ENDING_CHARS.has(next.word[1]!) && !followers.has(next.word) ? char : undefined;
}

/** Whether a token is what is said of a person right after a name (出席, 主持会议): a "verb" before it is a given name (某/m 建新/v 出席). */
function followsName(t: Token | undefined, followers: ReadonlySet<string>): boolean {
  if (!t) return false;
  for (const f of followers) if (t.word.startsWith(f)) return true;
  return false;
}

/** An HMM word of a name and the verb after it (某伟在, 某晓峰作): the verb character is dropped; a longer word is no name. */
function trimEnding(word: string, maxLength: number): string | undefined {
  const ends = NAME_ENDING_CHARS.has(word.at(-1)!);
  if (word.length > maxLength + 1 || (word.length === maxLength + 1 && !ends)) return undefined;
  return word.length > maxLength || (word.length === maxLength && ends) ? word.slice(0, -1) : word;
}

/** What follows a village's name, never a person's. */
const VILLAGE_SUFFIX_AFTER = /^(?:村|社区|小区|嘎查)/;

/** A name written in transliteration with a middle dot (某某·某某, Uyghur and other names): two or three parts. */
const DOTTED_NAME = /^[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,6}){1,2}/;

/**
 * A dotted transliterated name starting at `at`, if any. Its last part runs on into the sentence (某·某某说,
 * 某·某某正带着): it ends before a character that follows names or a word said of a person, two characters in.
 */
export function dottedNameAt(text: string, at: number): string | undefined {
  const written = DOTTED_NAME.exec(text.slice(at))?.[0];
  if (!written) return undefined;
  const lastStart = Math.max(...[...'·•・‧'].map((d) => written.lastIndexOf(d))) + 1;
  for (let k = lastStart + 2; k < written.length; k += 1) {
    const rest = written.slice(k);
    const ends = NAME_ENDING_CHARS.has(rest[0]!) && !TRANSLITERATION_CHARS.has(rest[0]!);
    if (ends || followsName({ word: rest, tag: '' }, FOLLOWERS)) return written.slice(0, k);
  }
  return written;
}

/** Whether a whole token is a dotted, Mongolian or Tibetan name (in a byline, where no surname marks it). */
export function isTransliteratedName(token: string): boolean {
  return dottedNameAt(token, 0) === token || minorityNameAt(token, 0) === token;
}

/** A Mongolian or Tibetan name at `at`: two or more known parts, or one of three or more characters, at most eight in all. */
function minorityNameAt(text: string, at: number): string | undefined {
  let end = at;
  let parts = 0;
  for (;;) {
    const part = MINORITY_NAME_PARTS.find((p) => text.startsWith(p, end));
    if (!part || end + part.length - at > 8) break;
    end += part.length;
    parts += 1;
  }
  const name = text.slice(at, end);
  return parts >= 2 || name.length >= 3 ? name : undefined;
}

/** The person named at `at`: a dotted or a Mongolian/Tibetan name, or a surname and one or two more characters where jieba reads a name (strict: see nameBoundary). */
export function nameAt(text: string, at: number, strict = false): string | undefined {
  const written = dottedNameAt(text, at) ?? minorityNameAt(text, at);
  if (written) return written;
  const compound = COMPOUND_SURNAME_LIST.find((c) => text.startsWith(c, at));
  const surname = compound ?? (SURNAMES.has(text[at] ?? '') ? text[at]! : undefined);
  if (!surname) return undefined;
  const g = at + surname.length;
  if (!isHan(text[g])) return undefined;
  // 张大爷, 王阿姨: an address, not a name; a one-character term (王家, 李总) only when it ends the name (陈家明 is a name).
  const term = ADDRESS_TERMS.find((t) => text.startsWith(t, g));
  if (term && term.length > 1) return undefined;
  const name = nameBoundary(text.slice(at), surname, FOLLOWERS, strict);
  if (!name || (term && name.length === surname.length + 1)) return undefined;
  // 王家坪村, 李家庄社区: a "name" that a village's suffix follows is the village's name.
  return VILLAGE_SUFFIX_AFTER.test(text.slice(at + name.length)) ? undefined : name;
}
