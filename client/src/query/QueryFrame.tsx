/**
 * One run of the workbench: a header with what ran (the query's title or its Cypher), its state,
 * and its actions (cancel while it runs, run again, save as favourite, fold, close), then its
 * warnings and its result or error.
 */
import { useSyncExternalStore } from 'react';
import { Spinner } from '../app/ui';
import { useT } from '../i18n';
import { QueryResults } from '../panels/QueryResults';
import { actions } from '../state/actions';
import type { QueryRun } from '../state/app-state';
import { cancelFrame, closeFrame, type Frame, toggleFrame } from './frames';
import { queryMemory } from './memory';
import { QueryError } from './QueryError';
import { QueryWarnings } from './QueryWarnings';
import { useQueryTitle } from './titles';

/** How a run reads in a list: a named query by its title and values, typed Cypher by its text. */
export function useRunCaption(): (run: QueryRun) => string {
  const title = useQueryTitle();
  return (run) =>
    run.kind === 'cypher'
      ? run.text.trim()
      : `${title(run.name)}${Object.keys(run.params).length ? ` (${Object.values(run.params).map(String).join(', ')})` : ''}`;
}

function FavouriteButton({ run, caption }: { run: QueryRun; caption: string }) {
  const t = useT();
  const saved = useSyncExternalStore(queryMemory.store.subscribe, () => queryMemory.isFavourite(run));
  return (
    <button
      type="button"
      className={saved ? 'icon-button active' : 'icon-button'}
      aria-pressed={saved}
      title={saved ? t('query.unsave') : t('query.save')}
      onClick={() =>
        saved ? queryMemory.removeFavourite(run) : queryMemory.addFavourite(caption.split('\n')[0]!, run)
      }
      data-testid="frame-favourite"
    >
      {saved ? '★' : '☆'}
    </button>
  );
}

export function QueryFrame({ frame }: { frame: Frame }) {
  const t = useT();
  const captionOf = useRunCaption();
  const caption = captionOf(frame.run);
  return (
    <section
      className={`query-frame status-${frame.status}${frame.open ? '' : ' folded'}`}
      data-testid="query-frame"
      data-status={frame.status}
      aria-busy={frame.status === 'running'}
    >
      <header className="frame-header">
        <button
          type="button"
          className="frame-caption"
          onClick={() => toggleFrame(frame.key)}
          aria-expanded={frame.open}
          title={caption}
        >
          <span aria-hidden="true">{frame.open ? '▾' : '▸'} </span>
          <code>{caption}</code>
        </button>
        {frame.status === 'running' ? (
          <button type="button" onClick={() => void cancelFrame(frame.key)} data-testid="frame-cancel">
            ■ {t('query.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="icon-button"
            title={t('query.rerun')}
            onClick={() => actions.runQuery(frame.run)}
            data-testid="frame-rerun"
          >
            ↻
          </button>
        )}
        <FavouriteButton run={frame.run} caption={caption} />
        <button
          type="button"
          className="icon-button"
          title={t('common.close')}
          onClick={() => closeFrame(frame.key)}
          data-testid="frame-close"
        >
          ×
        </button>
      </header>
      {frame.open ? (
        <div className="frame-body">
          {frame.status === 'running' ? <Spinner label={t('query.running')} /> : null}
          {frame.status === 'cancelled' ? <div className="note">{t('query.cancelled')}</div> : null}
          {frame.status === 'error' ? (
            <QueryError error={frame.error} text={frame.run.kind === 'cypher' ? frame.run.text : undefined} />
          ) : null}
          {frame.result ? (
            <>
              <QueryWarnings warnings={frame.result.warnings} />
              <QueryResults result={frame.result} />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
