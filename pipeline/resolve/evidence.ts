/** Evidence records (model/schema Evidence) read from mentions and facts. */
import type { Evidence } from '../../model/schema';
import type { Sentence } from '../types';

export function evidenceOf(sentence: Sentence, surface: string): Evidence {
  return {
    article: sentence.article,
    item: sentence.item,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    surface,
  };
}

function compare(a: Evidence, b: Evidence): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0;
}

/** Sorted, without repeats (same article, sentence and surface: adjacent once sorted). */
export function normaliseEvidence(list: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of [...list].sort(compare)) {
    const last = out[out.length - 1];
    if (!last || compare(last, e) !== 0) out.push(e);
  }
  return out;
}
