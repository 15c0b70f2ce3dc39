/** The mentions and facts read from one article, with the look-ups the rule families share. */
import type { PlaceLevel } from '../../model/schema';
import type { Credit, Fact, Mention, Sentence } from '../types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewMention = DistributiveOmit<Mention, 'index'>;

export class ArticleReading {
  readonly mentions: Mention[] = [];
  readonly facts: Fact[] = [];
  readonly credits: Credit[] = [];

  /** Mentions by sentence: every look-up below stays within one sentence. */
  private readonly bySentence = new Map<Sentence, Mention[]>();

  constructor(readonly articleText = '') {}

  add(m: NewMention): Mention {
    const mention = { ...m, index: this.mentions.length } as Mention;
    this.mentions.push(mention);
    const list = this.bySentence.get(mention.sentence);
    if (list) list.push(mention);
    else this.bySentence.set(mention.sentence, [mention]);
    return mention;
  }

  private of(s: Sentence): readonly Mention[] {
    return this.bySentence.get(s) ?? [];
  }

  fact(
    type: Fact['type'],
    from: Mention,
    to: Mention,
    sentence: Sentence,
    surface: string,
    properties: Fact['properties'] = {},
  ): void {
    this.facts.push({ type, from: from.index, to: to.index, properties, sentence, surface });
  }

  credit(person: Mention, role: string, sentence: Sentence, surface: string): void {
    this.credits.push({ person: person.index, role, sentence, surface });
  }

  /** Mentions of a sentence, in text order (longest first at one start). */
  inSentence(s: Sentence): Mention[] {
    return [...this.of(s)].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The longest mention of the given labels that ends exactly at `end` in sentence `s`. */
  endingAt(s: Sentence, end: number, labels: readonly Mention['label'][]): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.of(s)) {
      if (m.end !== end || !labels.includes(m.label) || m.implied) continue;
      if (!best || m.start < best.start) best = m;
    }
    return best;
  }

  overlaps(s: Sentence, start: number, end: number, labels: readonly Mention['label'][]): boolean {
    return this.of(s).some((m) => labels.includes(m.label) && m.start < end && start < m.end);
  }
}

/** Spans of “…” and ‘…’ in a sentence (offsets in Article.text); an unmatched mark is ignored. */
export interface Quote {
  start: number;
  end: number;
  inner: string;
}

const quoteCache = new WeakMap<Sentence, Quote[]>();

export function quotes(s: Sentence): Quote[] {
  const cached = quoteCache.get(s);
  if (cached) return cached;
  const out: Quote[] = [];
  for (const [open, close] of [
    ['“', '”'],
    ['‘', '’'],
  ] as const) {
    let from = -1;
    for (let i = 0; i < s.text.length; i += 1) {
      const ch = s.text[i];
      if (ch === open) from = i;
      else if (ch === close && from >= 0) {
        out.push({ start: s.start + from, end: s.start + i + 1, inner: s.text.slice(from + 1, i) });
        from = -1;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  quoteCache.set(s, out);
  return out;
}

export function insideQuote(qs: readonly Quote[], start: number, end: number): boolean {
  return qs.some((q) => q.start < start && end < q.end);
}

/**
 * The place of one of `levels` named last before offset `end` within `scope` (an item, or one
 * sentence): what a body or title written without its place (村党支部, 镇党委, 村民) refers to.
 */
export function lastPlaceBefore(
  mentions: readonly Mention[],
  scope: { item: number } | { sentence: Sentence },
  end: number,
  levels: readonly PlaceLevel[],
): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.label !== 'Place' || !levels.includes(m.level) || m.implied || m.end > end) continue;
    if ('item' in scope ? m.sentence.item !== scope.item : m.sentence !== scope.sentence) continue;
    if (!best || m.end > best.end) best = m;
  }
  return best;
}
