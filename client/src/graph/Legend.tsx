/** Colour and shape of each label present in the graph; in the explore view a click toggles the label. */
import { LABEL_STYLE, NodeLabel } from '../../../model/schema';
import { useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import type { ExplorerGraph } from './attributes';
import { legendEntries } from './legend-entries';

export function ShapeIcon({ label }: { label: NodeLabel }) {
  const style = LABEL_STYLE[label];
  return <span className={`shape shape-${style.shape}`} style={{ background: style.color }} aria-hidden="true" />;
}

export function Legend({
  graph,
  version,
  interactive,
}: {
  graph: ExplorerGraph;
  version: number;
  interactive: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const hiddenLabels = useSlice(appStore, (s) => s.filters.hiddenLabels);
  const present = legendEntries(graph, lang);
  if (!present.length) return null;

  return (
    <div className="legend" aria-label={t('legend.title')} data-version={version}>
      <div className="legend-title">{t('legend.title')}</div>
      {present.map(({ label, caption: name, count }) => {
        const off = interactive && hiddenLabels.includes(label);
        const content = (
          <>
            <ShapeIcon label={label} /> {name} <span className="count">{count}</span>
          </>
        );
        return interactive ? (
          <button
            type="button"
            key={label}
            className={`legend-item${off ? ' off' : ''}`}
            aria-pressed={!off}
            onClick={() => actions.toggleLabel(label)}
          >
            {content}
          </button>
        ) : (
          <div key={label} className="legend-item">
            {content}
          </div>
        );
      })}
    </div>
  );
}
