/**
 * Details of the selected node or relationship: name, type, properties, posts (a person's) or
 * holders (a body's or a place's), and the evidence of each.
 */
import { pinyin } from 'pinyin-pro';
import type { GraphNode, GraphPayload, GraphRelationship } from '../../../model/graph';
import { LABEL_STYLE, PLACE_LEVEL_CAPTION, ORG_KIND_CAPTION, REL_CAPTION, isRelType, PlaceLevel, OrgKind } from '../../../model/schema';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox, Spinner } from '../app/ui';
import { nodeName, primaryLabel } from '../graph/build';
import { ShapeIcon } from '../graph/Legend';
import { caption, useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { activeGraphStore } from '../state/active-graph';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import { EvidenceList } from './EvidenceList';

/**
 * Not in the property table: shown in their own sections (name, evidence), too long (an article's
 * text), or bookkeeping of the loader and the search index (id, pinyin keys, loadedBy).
 */
const OWN_SECTION = new Set(['evidence', 'text', 'items', 'name', 'articles', 'id', 'pinyin', 'initials', 'loadedBy']);

function PropertyTable({ properties }: { properties: Record<string, unknown> }) {
  const lang = useLang();
  const rows = Object.entries(properties).filter(([k, v]) => !OWN_SECTION.has(k) && v !== undefined && v !== null && !(Array.isArray(v) && !v.length));
  if (!rows.length) return null;
  const show = (key: string, value: unknown): string => {
    if (key === 'level' && typeof value === 'string' && value in PLACE_LEVEL_CAPTION) return caption(lang, PLACE_LEVEL_CAPTION[value as PlaceLevel]);
    if (key === 'kind' && typeof value === 'string' && value in ORG_KIND_CAPTION) return caption(lang, ORG_KIND_CAPTION[value as OrgKind]);
    return Array.isArray(value) ? value.join('、') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return (
    <table className="properties" data-testid="properties">
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th>{key}</th>
            <td>{show(key, value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PostList({ node, payload }: { node: GraphNode; payload: GraphPayload }) {
  const t = useT();
  const isPerson = node.labels.includes('Person');
  const byId = new Map(payload.nodes.map((n) => [n.id, n]));
  const posts = payload.relationships.filter((r) => r.type === 'HOLDS_POST' && (isPerson ? r.start === node.id : r.end === node.id));
  if (!posts.length) return <div className="empty small">{t(isPerson ? 'details.noPosts' : 'details.noHolders')}</div>;
  return (
    <ul className="posts" data-testid="posts">
      {posts.map((rel) => {
        const other = byId.get(isPerson ? rel.end : rel.start);
        const title = (rel.properties as { title?: string }).title ?? '';
        return (
          <li key={rel.id}>
            <div className="post-line">
              {isPerson ? null : other ? <NodeLink node={other} /> : null}
              <strong className="post-title">{title}</strong>
              {isPerson && other ? (
                <>
                  {' @ '}
                  <NodeLink node={other} />
                </>
              ) : null}
            </div>
            <EvidenceList evidence={rel.properties.evidence} />
          </li>
        );
      })}
    </ul>
  );
}

function NodeLink({ node }: { node: GraphNode }) {
  return (
    <button type="button" className="link" onClick={() => actions.exploreNode(node.id)}>
      {nodeName(node)}
    </button>
  );
}

function NodeDetails({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const view = useSlice(appStore, (s) => s.view);
  const node = useApi(() => api.node(id), [id]);
  const hasPosts = node.data ? ['Person', 'Organization', 'Place'].includes(primaryLabel(node.data.node)) : false;
  const posts = useApi(() => (hasPosts ? api.neighbors(id, { depth: 1, types: ['HOLDS_POST'], limit: 100 }) : null), [id, hasPosts]);

  if (node.status === 'loading' || node.status === 'idle') return <Spinner />;
  if (node.status === 'error') return <ErrorBox error={node.error} onRetry={node.reload} />;
  const n = node.data.node;
  const label = primaryLabel(n);
  const name = nodeName(n);
  return (
    <div className="details-body" data-testid="node-details">
      <h2 className="details-name">
        <ShapeIcon label={label} /> {name}
      </h2>
      <div className="details-kind">
        {caption(lang, LABEL_STYLE[label].caption)}
        {label !== 'Article' ? (
          <span className="pinyin" title={t('details.pinyin')}>
            {' · '}
            {pinyin(name, { toneType: 'none', nonZh: 'consecutive' })}
          </span>
        ) : null}
      </div>
      <div className="details-actions">
        <button type="button" onClick={() => (view === 'explore' ? actions.expand(id) : actions.exploreNode(id))} data-testid="expand-selected">
          {t('graph.expand')}
        </button>
        {view === 'explore' ? (
          <button type="button" onClick={() => actions.hide(id)}>
            {t('graph.hide')}
          </button>
        ) : null}
        {label === 'Organization' || label === 'Place' ? (
          <button
            type="button"
            onClick={() => {
              actions.setScope(id);
              actions.setView('leaders');
            }}
          >
            {t('view.leaders')}
          </button>
        ) : null}
      </div>
      <PropertyTable properties={n.properties as unknown as Record<string, unknown>} />
      {hasPosts ? (
        <section>
          <h3>{t(label === 'Person' ? 'details.posts' : 'details.holders')}</h3>
          {posts.status === 'loading' ? <Spinner /> : null}
          {posts.status === 'error' ? <ErrorBox error={posts.error} onRetry={posts.reload} /> : null}
          {posts.status === 'ok' ? <PostList node={n} payload={posts.data} /> : null}
        </section>
      ) : null}
      <section>
        <h3>{t('details.evidence')}</h3>
        <EvidenceList evidence={n.properties.evidence} />
      </section>
    </div>
  );
}

function EdgeDetails({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const { graph } = useSlice(activeGraphStore, (s) => s);
  if (!graph?.hasEdge(id)) return <div className="empty">{t('details.empty')}</div>;
  const rel: GraphRelationship = graph.getEdgeAttribute(id, 'data');
  const name = (node: string): string => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node);
  return (
    <div className="details-body" data-testid="edge-details">
      <h2 className="details-name">{isRelType(rel.type) ? caption(lang, REL_CAPTION[rel.type]) : rel.type}</h2>
      <div className="details-kind">
        {t('details.relationship')} · {rel.type}
      </div>
      <table className="properties">
        <tbody>
          <tr>
            <th>{t('details.from')}</th>
            <td>{name(rel.start)}</td>
          </tr>
          <tr>
            <th>{t('details.to')}</th>
            <td>{name(rel.end)}</td>
          </tr>
        </tbody>
      </table>
      <PropertyTable properties={rel.properties as unknown as Record<string, unknown>} />
      <section>
        <h3>{t('details.evidence')}</h3>
        <EvidenceList evidence={rel.properties.evidence} />
      </section>
    </div>
  );
}

export function DetailsPanel() {
  const t = useT();
  const selection = useSlice(appStore, (s) => s.selection);
  return (
    <aside className="details-panel" aria-label={t('details.title')} data-testid="details-panel">
      {!selection ? <div className="empty">{t('details.empty')}</div> : null}
      {selection?.kind === 'node' ? <NodeDetails key={selection.id} id={selection.id} /> : null}
      {selection?.kind === 'edge' ? <EdgeDetails key={selection.id} id={selection.id} /> : null}
    </aside>
  );
}
