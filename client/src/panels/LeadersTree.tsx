/**
 * The hierarchy under a scope as an indented tree — county → townships → villages and
 * communities → bodies → people and their posts — in sync with the graph beside it: a row click
 * selects and shows the node, a graph click highlights and reveals the row.
 */
import { useEffect, useRef } from 'react';
import type { HierarchyEntry } from '../../../model/api';
import { nodeName, primaryLabel } from '../graph/build';
import { HierarchyPost, isCurrent, postOf } from '../graph/hierarchy';
import { ShapeIcon } from '../graph/Legend';
import { useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { requestFocus } from '../state/focus';
import { useSlice } from '../state/store';
import { PostMeta } from './PostStatus';

function show(id: string): void {
  actions.select({ kind: 'node', id });
  requestFocus(id);
}

function useRevealWhenSelected(selected: boolean): React.RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return ref;
}

function PostRow({ post, selectedId }: { post: HierarchyPost; selectedId: string | null }) {
  return (
    <li
      className={post.person.id === selectedId ? 'selected' : ''}
      onClick={() => show(post.person.id)}
      data-status={post.status}
    >
      <ShapeIcon label="Person" /> {nodeName(post.person)}
      <span className="post-title">{post.title}</span>
      <PostMeta post={post} />
    </li>
  );
}

/** Current holders first; former and proposed posts below them under a note, never as leaders. */
function PostRows({ posts, selectedId }: { posts: HierarchyPost[]; selectedId: string | null }) {
  const t = useT();
  if (!posts.length) return null;
  const current = posts.filter(isCurrent);
  const other = posts.filter((p) => !isCurrent(p));
  return (
    <ul className="tree-posts" data-testid="tree-posts">
      {current.map((post) => (
        <PostRow key={post.relationship.id} post={post} selectedId={selectedId} />
      ))}
      {other.length ? <li className="not-current-note">{t('leaders.notCurrent')}</li> : null}
      {other.map((post) => (
        <PostRow key={post.relationship.id} post={post} selectedId={selectedId} />
      ))}
    </ul>
  );
}

function Entry({ entry, selectedId }: { entry: HierarchyEntry; selectedId: string | null }) {
  const selected = entry.node.id === selectedId;
  const ref = useRevealWhenSelected(selected);
  return (
    <li>
      <div
        ref={ref}
        className={`tree-row${selected ? ' selected' : ''}`}
        onClick={() => show(entry.node.id)}
        role="treeitem"
        aria-selected={selected}
      >
        <ShapeIcon label={primaryLabel(entry.node)} />
        {nodeName(entry.node)}
      </div>
      <PostRows posts={entry.posts.map(postOf)} selectedId={selectedId} />
      {entry.children.length ? (
        <ul className="tree" role="group">
          {entry.children.map((child) => (
            <Entry key={child.node.id} entry={child} selectedId={selectedId} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function LeadersTree({ tree }: { tree: HierarchyEntry }) {
  const t = useT();
  const selection = useSlice(appStore, (s) => s.selection);
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  return (
    <div data-testid="leaders-tree">
      <ul className="tree root" role="tree">
        <Entry entry={tree} selectedId={selectedId} />
      </ul>
      {!tree.children.length && !tree.posts.length ? (
        <div className="empty small">{t('leaders.noChildren')}</div>
      ) : null}
    </div>
  );
}
