/** A post's status and dates beside its title: current posts say nothing extra, former and proposed ones say so. */
import { caption, useLang, useT } from '../i18n';
import { STATUS_CAPTION } from '../i18n/properties';
import { postDateTexts, type PostDates } from './post-dates';

export type { PostDates };

export function PostMeta({ post }: { post: PostDates }) {
  const t = useT();
  const lang = useLang();
  const status = post.status ?? 'current';
  const { dates, seen } = postDateTexts(t, post);
  return (
    <>
      {status !== 'current' ? (
        <span className={`post-status ${status}`} data-testid="post-status">
          {caption(lang, STATUS_CAPTION[status])}
        </span>
      ) : null}
      {dates ? <span className="post-dates">{dates}</span> : null}
      {seen ? (
        <span className="post-dates" data-testid="post-seen">
          {seen}
        </span>
      ) : null}
    </>
  );
}
