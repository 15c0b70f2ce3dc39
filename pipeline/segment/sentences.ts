/**
 * Sentences: a paragraph split after 。！？ (with any closing quote that follows), each with
 * its offsets in Article.text and the item it belongs to.
 */
import type { ArticleItem } from '../../model/schema';
import type { Sentence } from '../types';
import { CLOSERS, SENTENCE_END } from './characters';

const ENDS = new Set([...SENTENCE_END].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
import { itemAt, paragraphs } from './items';

export function splitSentences(articleId: string, text: string, items: readonly ArticleItem[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && text[start] === ' ') start += 1;
    while (end > start && text[end - 1] === ' ') end -= 1;
    if (end > start) out.push({ article: articleId, item: itemAt(items, start, end), start, end, text: text.slice(start, end) });
  };
  for (const p of paragraphs(text)) {
    let start = p.start;
    let i = p.start;
    while (i < p.end) {
      if (ENDS.has(text.charCodeAt(i))) {
        let end = i + 1;
        while (end < p.end && (CLOSING.has(text.charCodeAt(end)) || ENDS.has(text.charCodeAt(end)))) end += 1;
        push(start, end);
        start = end;
        i = end;
      } else i += 1;
    }
    push(start, p.end);
  }
  return out;
}
