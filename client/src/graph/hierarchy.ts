/**
 * The Who-leads hierarchy as a layered graph: the scope on the left, each level of places and
 * bodies one column to the right (county → township → village/community → body), the people
 * holding posts in a body in the last column next to it. Positions are computed, not simulated:
 * columns are as wide as their longest label and rows one label high, so no two labels overlap
 * when the whole tree is fitted into the view.
 */
import type { HierarchyEntry } from '../../../model/api';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import type { PostStatus, RelType } from '../../../model/schema';
import type { ExplorerGraph } from './attributes';
import type { LayoutFrame } from './layout/frame';
import { createGraph, mergePayload, nodeName, primaryLabel } from './build';

/** One row is this many units high; a CJK character is about one unit wide at sigma's label size. */
export const ROW_HEIGHT = 1.6;
/** Space between a node and the longest label of its column and the next column. */
const COLUMN_GAP = 3;
/** Layout units kept free right of the last label, where the legend covers the canvas. */
const LEGEND_ROOM = 8;
/** Node size in the hierarchy: big enough that sigma always draws the label. */
const NODE_SIZE = 8;

export interface HierarchyPost {
  person: GraphNode;
  title: string;
  status: PostStatus;
  startDate?: string;
  endDate?: string;
  firstSeen?: string;
  lastSeen?: string;
  relationship: GraphRelationship;
}

export function postOf(post: HierarchyEntry['posts'][number]): HierarchyPost {
  const p = post.relationship.properties as Omit<HierarchyPost, 'person' | 'title' | 'relationship'>;
  return {
    person: post.person,
    title: post.title,
    status: p.status ?? 'current',
    startDate: p.startDate,
    endDate: p.endDate,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
    relationship: post.relationship,
  };
}

/** Posts that are held now: a former or proposed post never counts as a current leader. */
export function isCurrent(post: HierarchyPost): boolean {
  return post.status === 'current';
}

/**
 * The relationship that joins a child to its parent in the tree: a body inside a body is PART_OF it,
 * anything inside a place is LOCATED_IN it (the model allows no other end for either).
 */
export function linkType(parent: GraphNode): RelType {
  return primaryLabel(parent) === 'Place' ? 'LOCATED_IN' : 'PART_OF';
}

/** Width of a label in layout units (CJK characters count one, other characters about a half). */
export function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
  return width;
}

/**
 * How a person is labelled in the graph: the name, marked with the status when no post of theirs
 * there is current (a former or proposed holder is never drawn as a leader). Titles are the edge
 * captions and in the tree beside the graph; in the label they would make the last column too wide.
 */
export function personLabel(
  name: string,
  posts: readonly { status: PostStatus }[],
  statusWord: (s: PostStatus) => string,
): string {
  if (!posts.length || posts.some((p) => p.status === 'current')) return name;
  return `${name}(${statusWord(posts[0]!.status)})`;
}

interface Placed {
  id: string;
  depth: number;
  label: string;
  node: GraphNode;
}

export interface HierarchyLayout {
  graph: ExplorerGraph;
  /** Each node's column and row, for tests and for keyboard order. */
  cells: Map<string, { column: number; row: number; label: string }>;
  /** The extent of nodes and labels, for fitting the view. */
  frame: LayoutFrame;
}

/**
 * Builds the graph of a Who-leads tree. Tree links become LOCATED_IN / PART_OF edges (ids
 * `tree:child>parent`), each post a HOLDS_POST edge from the person to the body. A person holding
 * posts in two bodies is one node, placed at the first of them.
 */
export function hierarchyGraph(tree: HierarchyEntry, statusWord: (s: PostStatus) => string): HierarchyLayout {
  const placed: Placed[] = [];
  const rows = new Map<string, number>();
  const seen = new Set<string>();
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const postsByPerson = new Map<string, HierarchyPost[]>();
  let nextRow = 0;

  const visit = (entry: HierarchyEntry, depth: number): number[] => {
    const id = entry.node.id;
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push(entry.node);
      placed.push({ id, depth, label: nodeName(entry.node), node: entry.node });
    }
    const childRows: number[] = [];
    const posts = entry.posts.map(postOf);
    for (const post of posts) {
      relationships.push(post.relationship);
      const personId = post.person.id;
      postsByPerson.set(personId, [...(postsByPerson.get(personId) ?? []), post]);
      if (seen.has(personId)) continue;
      seen.add(personId);
      nodes.push(post.person);
      placed.push({ id: personId, depth: depth + 1, label: '', node: post.person });
      rows.set(personId, nextRow);
      childRows.push(nextRow++);
    }
    for (const child of entry.children) {
      relationships.push({
        id: `tree:${child.node.id}>${id}`,
        type: linkType(entry.node),
        start: child.node.id,
        end: id,
        properties: {},
      } as GraphRelationship);
      childRows.push(...visit(child, depth + 1));
    }
    // A node sits level with the middle of what hangs below it; a leaf takes a row of its own.
    const row = childRows.length ? (Math.min(...childRows) + Math.max(...childRows)) / 2 : nextRow++;
    if (!rows.has(id)) rows.set(id, row);
    return childRows.length ? childRows : [row];
  };
  visit(tree, 0);

  for (const p of placed) {
    if (primaryLabel(p.node) === 'Person')
      p.label = personLabel(nodeName(p.node), postsByPerson.get(p.id) ?? [], statusWord);
  }
  const depths = Math.max(...placed.map((p) => p.depth)) + 1;
  const columnWidth = Array.from(
    { length: depths },
    (_, d) => Math.max(0, ...placed.filter((p) => p.depth === d).map((p) => labelWidth(p.label))) + COLUMN_GAP,
  );
  const columnX = columnWidth.map((_, d) => columnWidth.slice(0, d).reduce((a, b) => a + b, 0));

  const graph = createGraph();
  mergePayload(graph, { nodes, relationships });
  const cells = new Map<string, { column: number; row: number; label: string }>();
  for (const p of placed) {
    const row = rows.get(p.id) ?? 0;
    cells.set(p.id, { column: p.depth, row, label: p.label });
    // sigma's y axis points up: the first row is at the top.
    graph.mergeNodeAttributes(p.id, {
      x: columnX[p.depth] ?? 0,
      y: -row * ROW_HEIGHT,
      label: p.label,
      size: NODE_SIZE,
      forceLabel: true,
    });
  }
  graph.forEachEdge((edge, attrs) => {
    if (attrs.relType !== 'HOLDS_POST') return;
    const status = (attrs.data.properties as { status?: PostStatus }).status ?? 'current';
    // A former or proposed post is drawn faint and says so in its caption.
    if (status !== 'current')
      graph.mergeEdgeAttributes(edge, { color: '#dde0e4', caption: `${attrs.caption}(${statusWord(status)})` });
  });
  let right = 0;
  let bottom = 0;
  for (const p of placed) {
    const cell = cells.get(p.id)!;
    right = Math.max(right, (columnX[cell.column] ?? 0) + labelWidth(p.label) + 1);
    bottom = Math.max(bottom, cell.row * ROW_HEIGHT);
  }
  // Room on the right for the legend, which sits over the canvas's top-right corner.
  return { graph, cells, frame: { x: [-1, right + LEGEND_ROOM], y: [-bottom - ROW_HEIGHT / 2, ROW_HEIGHT / 2] } };
}

/** Every post held in a tree's bodies, with the body, current posts first (tree order otherwise). */
export function postsInTree(tree: HierarchyEntry): { body: GraphNode; post: HierarchyPost }[] {
  const all: { body: GraphNode; post: HierarchyPost }[] = [];
  const walk = (entry: HierarchyEntry): void => {
    for (const post of entry.posts) all.push({ body: entry.node, post: postOf(post) });
    entry.children.forEach(walk);
  };
  walk(tree);
  return [...all.filter((p) => isCurrent(p.post)), ...all.filter((p) => !isCurrent(p.post))];
}
