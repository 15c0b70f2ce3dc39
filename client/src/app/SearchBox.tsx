/**
 * Search by name, part of a name or pinyin (the server matches `zhangsan` and `zs` for 张三).
 * Arrow keys move through the hits, Enter or a click explores the hit.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../../model/api';
import { LABEL_STYLE } from '../../../model/schema';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { nodeName, primaryLabel } from '../graph/build';
import { ShapeIcon } from '../graph/Legend';
import { caption, useLang, useT } from '../i18n';
import { actions } from '../state/actions';

const DEBOUNCE_MS = 200;

type Status =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ok'; response: SearchResponse } | { kind: 'error'; error: unknown };

export function SearchBox({ inputRef }: { inputRef: React.RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const lang = useLang();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    const text = q.trim();
    if (!text) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'loading' });
    const timer = setTimeout(() => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      api.search(text, { limit: 15, signal: controller.signal }).then(
        (response) => {
          setStatus({ kind: 'ok', response });
          setActive(0);
        },
        (error: unknown) => {
          if ((error as Error).name !== 'AbortError') setStatus({ kind: 'error', error });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  const hits = status.kind === 'ok' ? status.response.hits : [];
  const choose = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    actions.exploreNode(hit.node.id);
    setOpen(false);
    inputRef.current?.blur();
  };

  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        value={q}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        data-testid="search-input"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else if (e.key === 'Escape') {
            setOpen(false);
            e.currentTarget.blur();
          } else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {open && q.trim() ? (
        <div className="search-results" role="listbox" data-testid="search-results">
          {status.kind === 'loading' ? <div className="search-note">{t('search.loading')}</div> : null}
          {status.kind === 'error' ? (
            <div className="search-note error">{describeError(t, status.error).summary}</div>
          ) : null}
          {status.kind === 'ok' && !hits.length ? (
            <div className="search-note">{t('search.none', { q: q.trim() })}</div>
          ) : null}
          {hits.map((hit, i) => {
            const label = primaryLabel(hit.node);
            const county = (hit.node.properties as { county?: string }).county;
            return (
              <div
                key={hit.node.id}
                role="option"
                aria-selected={i === active}
                className={`search-hit${i === active ? ' active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
                onMouseEnter={() => setActive(i)}
              >
                <ShapeIcon label={label} />
                <span className="hit-name">{nodeName(hit.node)}</span>
                <span className="hit-kind">
                  {caption(lang, LABEL_STYLE[label].caption)}
                  {county ? ` · ${county}` : ''}
                </span>
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
