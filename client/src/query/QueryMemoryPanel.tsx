/** The saved favourites and the recent runs (kept in localStorage): a click runs one again. */
import { useSyncExternalStore } from 'react';
import { useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { queryMemory } from './memory';
import { useRunCaption } from './QueryFrame';

export function QueryMemoryPanel() {
  const t = useT();
  const lang = useLang();
  const memory = useSyncExternalStore(queryMemory.store.subscribe, queryMemory.store.get);
  const captionOf = useRunCaption();
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="query-memory">
      <h3>{t('query.favourites')}</h3>
      {memory.favourites.length ? (
        <ul className="library" data-testid="query-favourites">
          {memory.favourites.map((f) => (
            <li key={JSON.stringify(f.run)} className="memory-item">
              <button type="button" onClick={() => actions.runQuery(f.run)} title={captionOf(f.run)}>
                <code className="history-text">★ {f.title}</code>
              </button>
              <button
                type="button"
                className="icon-button"
                title={t('query.unsave')}
                onClick={() => queryMemory.removeFavourite(f.run)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty small">{t('query.noFavourites')}</div>
      )}
      <h3>
        {t('query.history')}
        {memory.history.length ? (
          <button type="button" className="link-button" onClick={() => queryMemory.clearHistory()}>
            {t('query.clearHistory')}
          </button>
        ) : null}
      </h3>
      {memory.history.length ? (
        <ul className="library history" data-testid="query-history">
          {memory.history.map((h) => (
            <li key={JSON.stringify(h.run)}>
              <button type="button" onClick={() => actions.runQuery(h.run)} title={captionOf(h.run)}>
                <code className="history-text">{captionOf(h.run)}</code>
                <span className="desc">{time.format(new Date(h.at))}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty small">{t('query.noHistory')}</div>
      )}
    </section>
  );
}
