/**
 * Query: the editor, the library and the remembered queries on the side; the result frames, newest
 * first, in the main area. Each new run (from the editor, the library, a link or the history) opens
 * a frame; the frame holds its own result, so earlier answers stay until closed.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Segmented } from '../app/Segmented';
import { Empty } from '../app/ui';
import { useT } from '../i18n';
import { CypherPanel } from '../panels/CypherPanel';
import { QueryLibrary } from '../panels/QueryLibrary';
import { frameStore, startFrame } from '../query/frames';
import { QueryFrame } from '../query/QueryFrame';
import { QueryMemoryPanel } from '../query/QueryMemoryPanel';
import { appStore, type QueryRun } from '../state/app-state';
import { useSlice } from '../state/store';

export function QueryView() {
  const t = useT();
  const query = useSlice(appStore, (s) => s.query);
  const { frames } = useSyncExternalStore(frameStore.subscribe, frameStore.get);
  const [side, setSide] = useState<'library' | 'memory'>('library');
  // Every new run object is a new frame: a rerun of the same text too, as in a console.
  const started = useRef<QueryRun | null>(null);
  useEffect(() => {
    if (!query || query === started.current) return;
    started.current = query;
    if (frames[0]?.run !== query) startFrame(query);
  }, [query, frames]);
  const top = frames[0];

  return (
    <div className="view wide-side query-view">
      <div className="side-panel query-side">
        <CypherPanel
          error={top?.status === 'error' && top.run.kind === 'cypher' ? top.error : null}
          runningKey={top?.status === 'running' ? top.key : null}
        />
        <Segmented
          className="side-switch"
          options={[
            { value: 'library', label: t('query.library'), testId: 'side-library' },
            { value: 'memory', label: `${t('query.favourites')} · ${t('query.history')}`, testId: 'side-memory' },
          ]}
          value={side}
          onChange={setSide}
        />
        {side === 'library' ? <QueryLibrary /> : <QueryMemoryPanel />}
      </div>
      <div className="main-panel query-frames" data-testid="query-frames">
        {!frames.length ? <Empty>{t('query.pickOrType')}</Empty> : null}
        {frames.map((frame) => (
          <QueryFrame key={frame.key} frame={frame} />
        ))}
      </div>
    </div>
  );
}
