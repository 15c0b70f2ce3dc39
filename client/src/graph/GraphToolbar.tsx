/**
 * Buttons over a graph: layout start/stop (with the running layout's progress), noverlap, zoom to fit,
 * PNG (2×, with the legend) and GEXF 1.3 export.
 */
import { useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';
import { useLang, useT } from '../i18n';
import { downloadText, stamp } from '../export/download';
import { toGexf } from '../export/gexf';
import { exportPng } from '../export/png';
import { useSlice } from '../state/store';
import type { EdgeAttrs, NodeAttrs } from './attributes';
import { legendEntries } from './legend-entries';
import { layoutFraction, layoutProgressText } from './layout/progress';
import { layoutRunner } from './layout/runner';

export function GraphToolbar({ exportName }: { exportName: string }) {
  const t = useT();
  const lang = useLang();
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const runner = layoutRunner(sigma.getGraph());
  const layout = useSlice(runner.state, (s) => s);
  const running = layout.running;
  const fraction = layoutFraction(layout);
  const fileName = `govgraph-${exportName}-${stamp()}`;

  return (
    <div className="graph-toolbar" role="toolbar">
      <button
        type="button"
        onClick={() => (running ? runner.stop() : runner.start())}
        aria-pressed={running}
        data-testid="layout-toggle"
      >
        {running ? `■ ${t('graph.layoutStop')}` : `▶ ${t('graph.layoutStart')}`}
      </button>
      {running ? (
        <span className="layout-progress" role="status" data-testid="layout-progress">
          {fraction !== null ? <progress value={fraction} max={1} /> : null}
          {layoutProgressText(t, layout)}
        </span>
      ) : null}
      <button type="button" onClick={() => runner.noverlap(sigma)}>
        {t('graph.noverlap')}
      </button>
      <button
        type="button"
        onClick={() => void sigma.getCamera().animatedReset({ duration: 300 })}
        data-testid="zoom-fit"
      >
        ⤢ {t('graph.fit')}
      </button>
      <button
        type="button"
        onClick={() =>
          void exportPng(sigma as unknown as Sigma, fileName, t('legend.title'), legendEntries(sigma.getGraph(), lang))
        }
        data-testid="export-png"
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(`${fileName}.gexf`, 'application/xml', toGexf(sigma.getGraph()))}
        data-testid="export-gexf"
      >
        {t('export.gexf')}
      </button>
    </div>
  );
}
