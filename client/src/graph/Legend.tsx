/** Colour and shape of each label present in the graph; in the explore view a click toggles the label. */
import { LABEL_STYLE, NODE_LABELS, NodeLabel } from '../../../model/schema';
import { caption, useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import type { ExplorerGraph } from './attributes';

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
  const counts = new Map<NodeLabel, number>();
  graph.forEachNode((_n, attrs) => counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1));
  const present = NODE_LABELS.filter((l) => counts.has(l));
  if (!present.length) return null;

  return (
    <div className="legend" aria-label={t('legend.title')} data-version={version}>
      <div className="legend-title">{t('legend.title')}</div>
      {present.map((label) => {
        const off = interactive && hiddenLabels.includes(label);
        const content = (
          <>
            <ShapeIcon label={label} /> {caption(lang, LABEL_STYLE[label].caption)}{' '}
            <span className="count">{counts.get(label)}</span>
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
