/**
 * The stored articles, newest first, a page at a time: search (title, outlet, address, file name),
 * filter by county and date, counts of what the graph holds from each; open one, or delete it after
 * confirming (its facts that no other article supports go with it).
 */
import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, DeleteArticleResponse } from '../../../model/api-articles';
import { articlesApi, type ArticleFilter } from '../api/articles';
import { getCounties, graphChanged, graphVersion } from '../api/cached';
import { useApi } from '../api/useApi';
import { Empty, Spinner } from '../app/ui';
import { useT } from '../i18n';
import { useSlice } from '../state/store';
import { ArticlesError } from './ArticlesError';

export const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 250;

function Counts({ article }: { article: ArticleSummary }) {
  const t = useT();
  if (!article.counts) return <span className="hint">{t(`articles.status.${article.status}`)}</span>;
  return <span className="hint">{t('articles.counts', article.counts)}</span>;
}

function DeleteButton({
  article,
  onDeleted,
}: {
  article: ArticleSummary;
  onDeleted: (r: DeleteArticleResponse) => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  if (!confirming)
    return (
      <button type="button" className="danger-outline" onClick={() => setConfirming(true)} data-testid="delete-article">
        {t('articles.delete')}
      </button>
    );
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      onDeleted(await articlesApi.remove(article.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-label={t('articles.confirmDelete', { title: article.title })}
      onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
      data-testid="confirm-delete"
    >
      <span>{t('articles.confirmDelete', { title: article.title })}</span>
      <button type="button" className="danger" disabled={busy} onClick={remove} data-testid="confirm-delete-yes">
        {busy ? t('articles.deleting') : t('articles.confirm')}
      </button>
      <button type="button" ref={cancel} disabled={busy} onClick={() => setConfirming(false)}>
        {t('articles.cancel')}
      </button>
      {error ? <ArticlesError error={error} /> : null}
    </div>
  );
}

export function ArticleList({ opened, onOpen }: { opened: string | null; onOpen: (id: string | null) => void }) {
  const t = useT();
  const version = useSlice(graphVersion, (s) => s.version);
  const [filter, setFilter] = useState<ArticleFilter>({});
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  // The search box filters as one types, a moment after the last key.
  const [query, setQuery] = useState('');
  useEffect(() => {
    const q = query.trim() || undefined;
    if (q === filter.q) return;
    const timer = setTimeout(() => {
      setFilter((f) => ({ ...f, q }));
      setOffset(0);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filter.q]);
  const list = useApi(
    () => articlesApi.list({ ...filter, offset, limit: PAGE_SIZE }),
    [filter.q, filter.county, filter.from, filter.to, offset, version],
  );
  const counties = useApi(() => getCounties(''), [version]);
  const change = (patch: ArticleFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const total = list.data?.total ?? 0;
  const articles = list.data?.articles ?? [];

  return (
    <section className="article-list" aria-label={t('articles.list')} data-testid="article-list">
      <div className="article-filters">
        <input
          type="search"
          placeholder={t('articles.search')}
          aria-label={t('articles.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="article-search"
        />
        <select
          aria-label={t('articles.field.county')}
          value={filter.county ?? ''}
          onChange={(e) => change({ county: e.target.value || undefined })}
          data-testid="article-county"
        >
          <option value="">{t('articles.allCounties')}</option>
          {(counties.data?.counties ?? []).map((c) => (
            <option key={c.id} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
        <span className="date-range">
          <label className="inline-field">
            {t('articles.from')}
            <input
              type="date"
              value={filter.from ?? ''}
              onChange={(e) => change({ from: e.target.value || undefined })}
            />
          </label>
          <label className="inline-field">
            {t('articles.to')}
            <input type="date" value={filter.to ?? ''} onChange={(e) => change({ to: e.target.value || undefined })} />
          </label>
        </span>
      </div>
      {notice ? (
        <div className="note" role="status" data-testid="article-notice">
          {notice}
        </div>
      ) : null}
      {list.status === 'error' ? <ArticlesError error={list.error} /> : null}
      {list.status === 'loading' && !list.data ? <Spinner /> : null}
      {list.data && !articles.length ? <Empty>{t('articles.empty')}</Empty> : null}
      <ol className="articles" start={offset + 1}>
        {articles.map((a) => (
          <li key={a.id} className={a.id === opened ? 'article-row open' : 'article-row'} data-testid="article-row">
            <button
              type="button"
              className="article-title link"
              aria-expanded={a.id === opened}
              onClick={() => onOpen(a.id === opened ? null : a.id)}
            >
              {a.title}
            </button>
            <div className="article-meta-line hint">
              {[a.date, a.outlet, a.county, a.source].filter(Boolean).join(' · ')}
            </div>
            <div className="article-row-foot">
              <Counts article={a} />
              <DeleteButton
                article={a}
                onDeleted={(r) => {
                  setNotice(t('articles.deleted', { title: a.title, ...r.removed }));
                  if (opened === a.id) onOpen(null);
                  graphChanged();
                }}
              />
            </div>
          </li>
        ))}
      </ol>
      {total > PAGE_SIZE ? (
        <nav className="pager" aria-label={t('articles.pages')}>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('articles.prev')}
          </button>
          <span>{t('articles.page', { from: offset + 1, to: Math.min(total, offset + PAGE_SIZE), total })}</span>
          <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('articles.next')}
          </button>
        </nav>
      ) : list.data ? (
        <div className="hint">{t('articles.total', { n: total })}</div>
      ) : null}
    </section>
  );
}
