/** Segment: a decoded file → an Article (normalised text, items, sentences, title). */
import type { Article, SourceText } from '../types';
import { splitItems } from './items';
import { normaliseText } from './normalise';
import { splitSentences } from './sentences';

export function segmentArticle(source: SourceText): Article {
  const text = normaliseText(source.text);
  const items = splitItems(text);
  const firstTitled = items.find((i) => i.kind === 'feature' && i.title !== '') ?? items.find((i) => i.title !== '');
  const title = firstTitled?.title ?? text.split('\n')[0]?.slice(0, 60) ?? source.id;
  return {
    id: source.id,
    source: source.source,
    title,
    text,
    items,
    sentences: splitSentences(source.id, text, items),
  };
}
