/** A post's status and dates beside its title: current posts say nothing extra, former and proposed ones say so. */
import type { PostStatus } from '../../../model/schema';
import { caption, useLang, useT } from '../i18n';
import { STATUS_CAPTION } from '../i18n/properties';

export function PostMeta({ status, startDate, endDate }: { status: PostStatus; startDate?: string; endDate?: string }) {
  const t = useT();
  const lang = useLang();
  const dates = [
    startDate ? t('post.since', { date: startDate }) : '',
    endDate ? t('post.until', { date: endDate }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {status !== 'current' ? (
        <span className={`post-status ${status}`} data-testid="post-status">
          {caption(lang, STATUS_CAPTION[status])}
        </span>
      ) : null}
      {dates ? <span className="post-dates">{dates}</span> : null}
    </>
  );
}
