/** What a post says about time: its own dates, and the span of the dated articles it was read in. */
import type { Translate } from '../i18n';
import type { PostStatus } from '../../../model/schema';

/** What HOLDS_POST may carry about time (model/properties.ts). */
export interface PostDates {
  status?: PostStatus;
  startDate?: string;
  endDate?: string;
  firstSeen?: string;
  lastSeen?: string;
}

export function postDateTexts(t: Translate, post: PostDates): { dates: string; seen: string } {
  const dates = [
    post.startDate ? t('post.since', { date: post.startDate }) : '',
    post.endDate ? t('post.until', { date: post.endDate }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const { firstSeen, lastSeen } = post;
  const one = firstSeen || lastSeen;
  const seen =
    firstSeen && lastSeen && firstSeen !== lastSeen
      ? t('post.seen', { from: firstSeen, to: lastSeen })
      : one
        ? t('post.seenOn', { date: one })
        : '';
  return { dates, seen };
}
