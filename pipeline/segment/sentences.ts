/**
 * Sentences: a paragraph split after 。！？ (with any closing quote that follows), each with
 * its offsets in Article.text and the item it belongs to. Official writing runs many clauses
 * into one sentence, so evidence stays one statement:
 * - a sentence longer than LONG_SENTENCE is split after each ； (一方面…；另一方面…);
 * - a piece still longer than MAX_SENTENCE is split before each quoted list item opening a
 *   clause (…开讲，“某某讲堂”上…，“某某喇叭”每日…), then, as a last resort, after the last ，
 *   that keeps a piece within MAX_SENTENCE.
 * Breaks are never made inside quotes or brackets; a piece with no break stays whole.
 */
import type { ArticleItem } from '../../model/schema';
import type { Sentence } from '../types';
import { CLOSERS, SENTENCE_END } from './characters';
import { itemAt, paragraphs } from './items';

const ENDS = new Set([...SENTENCE_END].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));

/** Above this length a sentence is split at ；. */
export const LONG_SENTENCE = 100;
/** Above this length a piece is split at its clause breaks (，) too. */
export const MAX_SENTENCE = 200;

const OPENERS = '“‘（(《「『';
const CLOSERS_OF_PAIRS = '”’）)》」』';

/** Offsets (after the break) in [start, end) where `isBreak` holds outside quotes and brackets. */
function breaksIn(text: string, start: number, end: number, isBreak: (i: number) => boolean): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = start; i < end - 1; i += 1) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS_OF_PAIRS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isBreak(i)) out.push(i + 1);
  }
  return out;
}

function cut(start: number, end: number, at: readonly number[]): Array<[number, number]> {
  const edges = [start, ...at, end];
  return edges.slice(1).map((e, k) => [edges[k]!, e] as [number, number]);
}

/** After the last ， that keeps each piece within MAX_SENTENCE. */
function greedy(start: number, end: number, commas: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const within = commas.filter((c) => c > from && c - from <= MAX_SENTENCE);
    const at = within.at(-1) ?? commas.find((c) => c > from);
    if (at === undefined) break;
    out.push([from, at]);
    from = at;
  }
  out.push([from, end]);
  return out;
}

function refine(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= LONG_SENTENCE) return [[start, end]];
  const pieces = cut(
    start,
    end,
    breaksIn(text, start, end, (i) => text[i] === '；'),
  );
  return pieces.flatMap(([s, e]) => {
    if (e - s <= MAX_SENTENCE) return [[s, e] as [number, number]];
    const listed = cut(
      s,
      e,
      breaksIn(text, s, e, (i) => text[i] === '，' && text[i + 1] === '“'),
    );
    return listed.flatMap(([a, b]) =>
      b - a <= MAX_SENTENCE
        ? [[a, b] as [number, number]]
        : greedy(
            a,
            b,
            breaksIn(text, a, b, (i) => text[i] === '，'),
          ),
    );
  });
}

export function splitSentences(articleId: string, text: string, items: readonly ArticleItem[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && text[start] === ' ') start += 1;
    while (end > start && text[end - 1] === ' ') end -= 1;
    if (end > start)
      out.push({ article: articleId, item: itemAt(items, start, end), start, end, text: text.slice(start, end) });
  };
  const pushRefined = (start: number, end: number) => {
    for (const [s, e] of refine(text, start, end)) push(s, e);
  };
  for (const p of paragraphs(text)) {
    let start = p.start;
    let i = p.start;
    while (i < p.end) {
      if (ENDS.has(text.charCodeAt(i))) {
        let end = i + 1;
        while (end < p.end && (CLOSING.has(text.charCodeAt(end)) || ENDS.has(text.charCodeAt(end)))) end += 1;
        pushRefined(start, end);
        start = end;
        i = end;
      } else i += 1;
    }
    pushRefined(start, p.end);
  }
  return out;
}
