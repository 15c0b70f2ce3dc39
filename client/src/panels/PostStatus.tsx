/** A post's status and dates beside its title: current posts say nothing extra, former and proposed ones say so. */
import type { PostStatus } from '../../../model/schema';
import { useT } from '../i18n';

export function PostMeta({ status, startDate, endDate }: { status: PostStatus; startDate?: string; endDate?: string }) {
  const t = useT();
  const dates = [startDate ? t('post.since', { date: startDate }) : '', endDate ? t('post.until', { date: endDate }) : ''].filter(Boolean).join(' ');
  return (
    <>
      {status !== 'current' ? (
        <span className={`post-status ${status}`} data-testid="post-status">
          {t(`post.status.${status}`)}
        </span>
      ) : null}
      {dates ? <span className="post-dates">{dates}</span> : null}
    </>
  );
}
