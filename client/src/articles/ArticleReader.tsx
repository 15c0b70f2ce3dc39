/**
 * One stored article: its metadata, and its text with every fact the graph read from it marked in
 * the colour of its kind (person, body, place …). A mark is a button: it selects the entity, whose
 * details (posts, evidence) open beside.
 */
import { useMemo } from 'react';
import { LABEL_STYLE, NODE_LABELS } from '../../../model/schema';
import { articlesApi } from '../api/articles';
import { api } from '../api/client';
import { getArticle, graphVersion } from '../api/cached';
import { useApi } from '../api/useApi';
import { Spinner } from '../app/ui';
import { caption, useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { useSlice } from '../state/store';
import { ArticlesError } from './ArticlesError';
import { cutText, factSpans } from './fact-spans';

/** More entities than one article names; the API says when it cut the list. */
const ENTITY_LIMIT = 500;

export function ArticleReader({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const version = useSlice(graphVersion, (s) => s.version);
  const meta = useApi(() => articlesApi.meta(id), [id, version]);
  const loaded = meta.data?.article.status === 'loaded';
  const article = useApi(() => (loaded ? getArticle(id) : null), [id, loaded, version]);
  const facts = useApi(
    () => (loaded ? api.neighbors(`article:${id}`, { depth: 1, limit: ENTITY_LIMIT, types: ['MENTIONS'] }) : null),
    [id, loaded, version],
  );
  const text = article.data?.article.properties.text ?? '';
  const spans = useMemo(() => factSpans(id, facts.data?.nodes ?? []), [id, facts.data]);
  const pieces = useMemo(() => cutText(text, spans), [text, spans]);
  const byLabel = NODE_LABELS.map((label) => ({ label, n: spans.filter((s) => s.label === label).length })).filter(
    (c) => c.n > 0,
  );
  const m = meta.data?.article;

  return (
    <article className="article-reader" aria-label={m?.title ?? t('article.title')} data-testid="article-reader">
      <header className="article-reader-head">
        <h2>{m?.title ?? t('article.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </header>
      {meta.status === 'error' ? <ArticlesError error={meta.error} /> : null}
      {m ? (
        <dl className="article-facts-meta">
          {m.date ? <dd>{m.date}</dd> : null}
          {m.outlet ? <dd>{m.outlet}</dd> : null}
          {m.county ? <dd>{m.county}</dd> : null}
          {m.url ? (
            <dd>
              <a href={m.url} target="_blank" rel="noreferrer noopener">
                {m.url}
              </a>
            </dd>
          ) : null}
          <dd className="hint">{m.source}</dd>
        </dl>
      ) : null}
      {m && !loaded ? <div className="note">{t('articles.reader.notLoaded')}</div> : null}
      {m?.problem ? <div className="note">{m.problem.message}</div> : null}
      {article.status === 'loading' || facts.status === 'loading' ? <Spinner /> : null}
      {article.status === 'error' ? <ArticlesError error={article.error} /> : null}
      {facts.status === 'error' ? <ArticlesError error={facts.error} /> : null}
      {article.status === 'ok' && facts.status === 'ok' ? (
        <>
          <div className="fact-legend hint" data-testid="fact-legend">
            {spans.length ? t('articles.reader.facts', { n: spans.length }) : t('articles.reader.none')}
            {byLabel.map(({ label, n }) => (
              <span key={label} className="fact-key">
                <span className="swatch" style={{ background: LABEL_STYLE[label].color }} />
                {caption(lang, LABEL_STYLE[label].caption)} {n}
              </span>
            ))}
          </div>
          <div className="article-text reader-text" data-testid="reader-text">
            {pieces.map((p, i) =>
              p.span ? (
                <button
                  key={i}
                  type="button"
                  className={`fact fact-${p.span.label}`}
                  style={{ borderBottomColor: LABEL_STYLE[p.span.label].color }}
                  title={`${caption(lang, LABEL_STYLE[p.span.label].caption)}: ${p.span.name}`}
                  onClick={() => actions.select({ kind: 'node', id: p.span!.node })}
                  data-node={p.span.node}
                >
                  {p.text}
                </button>
              ) : (
                <span key={i}>{p.text}</span>
              ),
            )}
          </div>
        </>
      ) : null}
    </article>
  );
}
