/**
 * Split a page into its items: features (headline, optional —— subtitle, byline, body with
 * section headings), 本报讯 briefs, ▲ photo captions and the page's staff credits.
 * Items are spans of Article.text; a caption printed inside a feature lies inside the
 * feature's span and is its own item too (the innermost item owns a sentence).
 */
import type { ArticleItem } from '../../model/schema';
import { isCaption, isCredits } from './normalise';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line !== '') out.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return out;
}

/** Short lines without a full stop: headlines, subtitles, section headings, kickers. */
function isHeading(p: string): boolean {
  return p.length <= 40 && !/[。；]/.test(p.slice(0, -1)) && !p.endsWith('。') && !/^本报/.test(p);
}

export function splitItems(text: string): ArticleItem[] {
  const items: ArticleItem[] = [];
  let open: ArticleItem | undefined;
  let pending: Paragraph[] = [];
  let previousEnd = 0;
  // Where the open item ends if the pending headings start the next one.
  let endBeforePending = 0;

  const close = () => {
    if (open) open.end = pending.length > 0 ? endBeforePending : previousEnd;
    open = undefined;
  };
  const begin = (kind: ArticleItem['kind'], at: Paragraph) => {
    close();
    const start = pending[0]?.start ?? at.start;
    open = { index: items.length, kind, title: pending.map((h) => h.text).join(' '), start, end: at.end };
    items.push(open);
    pending = [];
  };

  for (const p of paragraphs(text)) {
    if (isCaption(p.text)) {
      items.push({ index: items.length, kind: 'caption', title: '', start: p.start, end: p.end });
    } else if (isCredits(p.text)) {
      close();
      const last = items[items.length - 1];
      if (last?.kind === 'credits' && last.end === previousEnd) last.end = p.end;
      else items.push({ index: items.length, kind: 'credits', title: '', start: p.start, end: p.end });
    } else if (/^本报讯/.test(p.text)) {
      begin('brief', p);
    } else if (isHeading(p.text)) {
      if (pending.length === 0) endBeforePending = previousEnd;
      pending.push(p);
    } else if (pending.length > 0 || !open) {
      // Headings before body text open a new item unless they are a section heading inside
      // a feature: a new item shows itself by a byline, a —— subtitle, or follows a brief.
      const startsItem =
        !open ||
        open.kind === 'brief' ||
        pending.some((h) => h.text.startsWith('——')) ||
        /^(本报记者|记者)/.test(p.text);
      if (startsItem) begin('feature', p);
      else pending = [];
    }
    if (!isCaption(p.text)) previousEnd = p.end;
  }
  close();
  if (pending.length > 0 && items.length === 0) {
    items.push({
      index: 0,
      kind: 'feature',
      title: pending.map((h) => h.text).join(' '),
      start: pending[0]!.start,
      end: pending[pending.length - 1]!.end,
    });
  }
  return items;
}

/** The item a span belongs to: the innermost (latest-starting) item containing it. */
export function itemAt(items: readonly ArticleItem[], start: number, end: number): number {
  let best = -1;
  for (const item of items)
    if (item.start <= start && end <= item.end && (best < 0 || item.start >= items[best]!.start)) best = item.index;
  return best;
}
