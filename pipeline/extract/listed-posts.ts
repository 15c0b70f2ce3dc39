/**
 * Names listed with 、 before one post they all hold: 张某、李某两位网格长; 王某、赵某、孙某三位
 * 某镇党委委员; 刘某、陈某等村委会委员. The list opens a clause, each item is a whole name, and a
 * count (两位, 三位) must equal the number of names, so 两位村干部 or a list of places names nobody.
 */
import { POST_COUNT_WORDS } from '../knowledge/posts';
import type { Sentence } from '../types';
import type { ArticleReading } from './mentions';
import { nameAt } from './name-boundaries';
import { addPerson, compoundChain, readPostPhrases, writtenStart } from './post-phrases';

/** What may stand before the first name of the list: the start of a clause. */
const LIST_OPENS_AFTER = new Set([...'，；：。 “']);
/** Names are two to four characters. */
const NAME_LENGTHS = [4, 3, 2];

export function readListedPosts(s: Sentence, reading: ArticleReading, phrases: RegExpExecArray[]): void {
  const text = s.text;
  for (let k = 0; k < phrases.length; k += 1) {
    const chain = compoundChain(s, reading, phrases, k);
    const start = writtenStart(s, reading, chain[0]!.index!);
    const count = countBefore(text, start);
    if (!count) continue;
    const names = namesEndingAt(text, start - count.word.length);
    if (names.length < 2 || (count.size !== undefined && count.size !== names.length)) continue;
    const phraseEnd = phrases[k]!.index + phrases[k]![0].length;
    const surface = text.slice(names[0]!.at, phraseEnd);
    for (const n of names) {
      const person =
        reading.inSentence(s).find((m) => m.label === 'Person' && m.start === s.start + n.at && m.name === n.name) ??
        addPerson(s, reading, n.at, n.name);
      readPostPhrases(s, reading, chain, person, surface, () => 'current');
    }
  }
}

/** The count word written right before `at` (两位, 等), with the number it says, if any. */
function countBefore(text: string, at: number): { word: string; size?: number } | undefined {
  return POST_COUNT_WORDS.find((c) => text.startsWith(c.word, at - c.word.length));
}

/** The names of a list 甲、乙、丙 that ends at `end` and opens a clause, first to last; none when it is not such a list. */
function namesEndingAt(text: string, end: number): Array<{ at: number; name: string }> {
  const names: Array<{ at: number; name: string }> = [];
  let cursor = end;
  for (;;) {
    const at = NAME_LENGTHS.map((n) => cursor - n).find(
      (a) =>
        a >= 0 &&
        nameAt(text, a)?.length === cursor - a &&
        (a === 0 || text[a - 1] === '、' || LIST_OPENS_AFTER.has(text[a - 1]!)),
    );
    if (at === undefined) return [];
    names.unshift({ at, name: text.slice(at, cursor) });
    if (at === 0 || LIST_OPENS_AFTER.has(text[at - 1]!)) return names;
    cursor = at - 1;
  }
}
