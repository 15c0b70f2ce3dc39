/**
 * One value of a result row shown as what it is (see values.ts): a node as a chip in its label's
 * colour that selects it, a relationship by its localised type and title, a path as chips joined by
 * arrows, evidence as its sentence (a click opens the article), lists as lists, maps as captioned fields.
 */
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import { LABEL_STYLE, REL_CAPTION, isRelType } from '../../../model/schema';
import { nodeName, primaryLabel } from '../graph/build';
import { ShapeIcon } from '../graph/Legend';
import { caption, useLang, useT } from '../i18n';
import { PROPERTY_CAPTION, isPropertyName } from '../i18n/properties';
import { HighlightedSentence } from '../panels/EvidenceList';
import { actions } from '../state/actions';
import { shapeOf } from './values';

/** Lists longer than this show their first items and say how many more there are. */
const LIST_SHOWN = 12;

export function NodeChip({ node }: { node: GraphNode }) {
  const label = primaryLabel(node);
  const lang = useLang();
  return (
    <button
      type="button"
      className="node-chip"
      style={{ borderColor: LABEL_STYLE[label].color }}
      title={`${caption(lang, LABEL_STYLE[label].caption)} · ${node.id}`}
      onClick={() => actions.select({ kind: 'node', id: node.id })}
      data-testid="node-chip"
    >
      <ShapeIcon label={label} /> {nodeName(node)}
    </button>
  );
}

function RelationshipChip({ relationship }: { relationship: GraphRelationship }) {
  const lang = useLang();
  const title = (relationship.properties as { title?: unknown; role?: unknown }).title;
  const type = isRelType(relationship.type) ? caption(lang, REL_CAPTION[relationship.type]) : relationship.type;
  return (
    <button
      type="button"
      className="rel-chip"
      title={relationship.type}
      onClick={() => actions.select({ kind: 'edge', id: relationship.id })}
      data-testid="rel-chip"
    >
      {type}
      {typeof title === 'string' && title ? ` · ${title}` : ''}
    </button>
  );
}

export function QueryValue({ value }: { value: unknown }) {
  const t = useT();
  const lang = useLang();
  const shape = shapeOf(value);
  switch (shape.kind) {
    case 'empty':
      return <span className="value-empty">—</span>;
    case 'scalar':
      return <>{shape.text}</>;
    case 'node':
      return <NodeChip node={shape.node} />;
    case 'relationship':
      return <RelationshipChip relationship={shape.relationship} />;
    case 'path':
      return (
        <span className="value-path">
          {shape.path.nodes.map((n, i) => (
            <span key={`${n.id}:${i}`}>
              {i > 0 ? <span className="path-arrow"> → </span> : null}
              <NodeChip node={n} />
            </span>
          ))}
        </span>
      );
    case 'evidence': {
      const e = shape.evidence;
      return (
        <button
          type="button"
          className="evidence-sentence value-evidence"
          title={t('details.openArticle')}
          onClick={() => actions.openArticle({ id: e.article, start: e.start, end: e.end, surface: e.surface })}
          data-testid="value-evidence"
        >
          <HighlightedSentence sentence={e.sentence} surface={e.surface} />
        </button>
      );
    }
    case 'list':
      if (!shape.items.length) return <span className="value-empty">{t('common.none')}</span>;
      // One item reads better without a bullet.
      if (shape.items.length === 1) return <QueryValue value={shape.items[0]} />;
      return (
        <ul className="value-list" data-testid="value-list">
          {shape.items.slice(0, LIST_SHOWN).map((item, i) => (
            <li key={i}>
              <QueryValue value={item} />
            </li>
          ))}
          {shape.items.length > LIST_SHOWN ? (
            <li className="value-more">{t('query.moreItems', { n: shape.items.length - LIST_SHOWN })}</li>
          ) : null}
        </ul>
      );
    case 'map':
      return (
        <dl className="value-map">
          {shape.entries.map(([key, v]) => (
            <div key={key}>
              <dt title={key}>{isPropertyName(key) ? caption(lang, PROPERTY_CAPTION[key]) : key}</dt>
              <dd>
                <QueryValue value={v} />
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}
