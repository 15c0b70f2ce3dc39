/**
 * Details of the selected node or relationship: name, type, properties, posts (a person's) or
 * holders (a body's or a place's), and the evidence of each.
 */
import { pinyin } from 'pinyin-pro';
import type { HierarchyEntry } from '../../../model/api';
import type { GraphNode, GraphPayload, GraphRelationship } from '../../../model/graph';
import {
  LABEL_STYLE,
  PLACE_LEVEL_CAPTION,
  ORG_KIND_CAPTION,
  REL_CAPTION,
  isRelType,
  PlaceLevel,
  OrgKind,
} from '../../../model/schema';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox, Spinner } from '../app/ui';
import { nodeName, primaryLabel } from '../graph/build';
import { postsInTree } from '../graph/hierarchy';
import { ShapeIcon } from '../graph/Legend';
import { caption, useLang, useT } from '../i18n';
import { PROPERTY_CAPTION, isPropertyName, valueCaptions } from '../i18n/properties';
import { actions } from '../state/actions';
import { activeGraphStore } from '../state/active-graph';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';
import { EvidenceList } from './EvidenceList';
import { PostMeta, type PostDates } from './PostStatus';

/**
 * Not in the property table: shown in their own sections (name, evidence), too long (an article's
 * text), or bookkeeping of the loader and the search index (id, pinyin keys, loadedBy).
 */
const OWN_SECTION = new Set(['evidence', 'text', 'items', 'name', 'articles', 'id', 'pinyin', 'initials', 'loadedBy']);

function PropertyTable({ properties, owner }: { properties: Record<string, unknown>; owner: string }) {
  const lang = useLang();
  const rows = Object.entries(properties).filter(
    ([k, v]) =>
      !OWN_SECTION.has(k) &&
      v !== undefined &&
      v !== null &&
      !(Array.isArray(v) && !v.length) &&
      // The derived county says something only where it differs from the county the article gave.
      !(k === 'inCounty' && v === properties.county),
  );
  if (!rows.length) return null;
  const show = (key: string, value: unknown): string => {
    const captions = valueCaptions(key, owner);
    if (captions && typeof value === 'string' && value in captions) return caption(lang, captions[value]!);
    if (key === 'level' && typeof value === 'string' && value in PLACE_LEVEL_CAPTION)
      return caption(lang, PLACE_LEVEL_CAPTION[value as PlaceLevel]);
    if (key === 'kind' && typeof value === 'string' && value in ORG_KIND_CAPTION)
      return caption(lang, ORG_KIND_CAPTION[value as OrgKind]);
    return Array.isArray(value) ? value.join('、') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return (
    <table className="properties" data-testid="properties">
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th title={key}>{isPropertyName(key) ? caption(lang, PROPERTY_CAPTION[key]) : key}</th>
            <td>{show(key, value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A person's posts: title @ body, status and dates, and the evidence of each. */
function PersonPosts({ node, payload }: { node: GraphNode; payload: GraphPayload }) {
  const t = useT();
  const byId = new Map(payload.nodes.map((n) => [n.id, n]));
  const posts = payload.relationships.filter((r) => r.type === 'HOLDS_POST' && r.start === node.id);
  if (!posts.length) return <div className="empty small">{t('details.noPosts')}</div>;
  return (
    <ul className="posts" data-testid="posts">
      {posts.map((rel) => {
        const body = byId.get(rel.end);
        const p = rel.properties as PostDates & { title?: string };
        return (
          <li key={rel.id}>
            <div className="post-line">
              <strong className="post-title">{p.title ?? ''}</strong>
              {body ? (
                <>
                  {' @ '}
                  <NodeLink node={body} />
                </>
              ) : null}
              <PostMeta post={p} />
            </div>
            <EvidenceList evidence={rel.properties.evidence} />
          </li>
        );
      })}
    </ul>
  );
}

/** A person's newspaper credits (记者, 通讯员 …): the role and the article, kept apart from posts. */
function PersonCredits({ node, payload }: { node: GraphNode; payload: GraphPayload }) {
  const t = useT();
  const byId = new Map(payload.nodes.map((n) => [n.id, n]));
  const credits = payload.relationships.filter((r) => r.type === 'CREDITED' && r.start === node.id);
  if (!credits.length) return null;
  return (
    <section>
      <h3>{t('details.credits')}</h3>
      <ul className="posts" data-testid="credits">
        {credits.map((rel) => {
          const article = byId.get(rel.end);
          return (
            <li key={rel.id} className="post-line">
              <strong className="post-title">{(rel.properties as { role?: string }).role ?? ''}</strong>
              {article ? (
                <>
                  {' · '}
                  <NodeLink node={article} />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The holders of a place's or body's posts, its own and those of every body under it. */
function Holders({ node, tree }: { node: GraphNode; tree: HierarchyEntry }) {
  const t = useT();
  const posts = postsInTree(tree);
  if (!posts.length) return <div className="empty small">{t('details.noHolders')}</div>;
  return (
    <ul className="posts" data-testid="posts">
      {posts.map(({ body, post }) => (
        <li key={post.relationship.id} data-status={post.status}>
          <div className="post-line">
            <NodeLink node={post.person} />
            <strong className="post-title">{post.title}</strong>
            <PostMeta post={post} />
            {body.id !== node.id ? (
              <span className="post-body">
                {t('post.in')} <NodeLink node={body} />
              </span>
            ) : null}
          </div>
          <EvidenceList evidence={post.relationship.properties.evidence} />
        </li>
      ))}
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
  const kind = node.data ? primaryLabel(node.data.node) : null;
  const isPerson = kind === 'Person';
  const hasHolders = kind === 'Organization' || kind === 'Place';
  const posts = useApi(
    () => (isPerson ? api.neighbors(id, { depth: 1, types: ['HOLDS_POST', 'CREDITED'], limit: 200 }) : null),
    [id, isPerson],
  );
  const holders = useApi(() => (hasHolders ? api.leaders(id) : null), [id, hasHolders]);

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
        <button
          type="button"
          onClick={() => (view === 'explore' ? actions.expand(id) : actions.exploreNode(id))}
          data-testid="expand-selected"
        >
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
      <PropertyTable properties={n.properties as unknown as Record<string, unknown>} owner={label} />
      {isPerson ? (
        <section>
          <h3>{t('details.posts')}</h3>
          {posts.status === 'loading' ? <Spinner /> : null}
          {posts.status === 'error' ? <ErrorBox error={posts.error} onRetry={posts.reload} /> : null}
          {posts.status === 'ok' ? <PersonPosts node={n} payload={posts.data} /> : null}
        </section>
      ) : null}
      {isPerson && posts.status === 'ok' ? <PersonCredits node={n} payload={posts.data} /> : null}
      {hasHolders ? (
        <section>
          <h3>{t('details.holders')}</h3>
          {holders.status === 'loading' ? <Spinner /> : null}
          {holders.status === 'error' ? <ErrorBox error={holders.error} onRetry={holders.reload} /> : null}
          {holders.status === 'ok' ? <Holders node={n} tree={holders.data.tree} /> : null}
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
      <PropertyTable properties={rel.properties as unknown as Record<string, unknown>} owner={rel.type} />
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
    <aside
      className={`details-panel${selection ? '' : ' nothing-selected'}`}
      aria-label={t('details.title')}
      data-testid="details-panel"
    >
      {selection ? (
        <button
          type="button"
          className="drawer-close"
          onClick={() => actions.select(null)}
          aria-label={t('details.close')}
          title={t('details.close')}
          data-testid="details-close"
        >
          ×
        </button>
      ) : null}
      {!selection ? <div className="empty">{t('details.empty')}</div> : null}
      {selection?.kind === 'node' ? <NodeDetails key={selection.id} id={selection.id} /> : null}
      {selection?.kind === 'edge' ? <EdgeDetails key={selection.id} id={selection.id} /> : null}
    </aside>
  );
}
