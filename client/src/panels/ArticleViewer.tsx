/** The article text in a dialog, scrolled to the evidence sentence (by its offsets) with the sentence and surface marked. */
import { useEffect, useRef } from 'react';
import { getArticle } from '../api/cached';
import { useApi } from '../api/useApi';
import { ErrorBox, Spinner } from '../app/ui';
import { useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import { HighlightedSentence } from './EvidenceList';

export function ArticleViewer() {
  const t = useT();
  const ref = useSlice(appStore, (s) => s.article);
  const article = useApi(() => (ref ? getArticle(ref.id) : null), [ref?.id]);
  const markRef = useRef<HTMLElement>(null);
  const text = article.data?.article.properties.text ?? '';

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [text, ref?.start]);

  if (!ref) return null;
  const start = Math.min(ref.start, text.length);
  const end = Math.min(Math.max(ref.end, start), text.length);

  return (
    <div className="modal-backdrop" onClick={() => actions.closeArticle()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('article.title')}
        onClick={(e) => e.stopPropagation()}
        data-testid="article-viewer"
      >
        <header className="modal-header">
          <h2>{article.data?.article.properties.title ?? t('article.title')}</h2>
          <button type="button" onClick={() => actions.closeArticle()} aria-label={t('common.close')}>
            ✕
          </button>
        </header>
        <div className="article-text">
          {article.status === 'loading' ? <Spinner /> : null}
          {article.status === 'error' ? <ErrorBox error={article.error} onRetry={article.reload} /> : null}
          {article.status === 'ok' ? (
            <>
              {text.slice(0, start)}
              <mark className="sentence" ref={markRef} data-testid="article-sentence">
                <HighlightedSentence sentence={text.slice(start, end)} surface={ref.surface ?? ''} />
              </mark>
              {text.slice(end)}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
