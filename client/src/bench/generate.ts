/**
 * A synthetic graph shaped like ours at scale: clusters (a county's bodies and people) with
 * most edges inside a cluster, every label and shape, Chinese labels. Seeded, so every run
 * draws the same graph.
 */
import { LABEL_STYLE, NODE_LABELS } from '../../../model/schema';
import type { ExplorerGraph } from '../graph/attributes';
import { EDGE_COLOR, createGraph } from '../graph/build';
import { seededRandom } from '../graph/seeded-random';

const CHARS = '党建引领基层治理示范区县委书记乡镇街道村社区网格服务中心合作社协会新时代文明实践站志愿者';

export function generateGraph(order: number, size: number, seed = 42): ExplorerGraph {
  const random = seededRandom(seed);
  const graph = createGraph();
  const clusters = Math.max(1, Math.round(Math.sqrt(order)));
  const centres = Array.from({ length: clusters }, () => ({ x: (random() - 0.5) * 1000, y: (random() - 0.5) * 1000 }));
  for (let i = 0; i < order; i++) {
    const cluster = i % clusters;
    const c = centres[cluster]!;
    const kind = NODE_LABELS[i % NODE_LABELS.length]!;
    const style = LABEL_STYLE[kind];
    const len = 2 + Math.floor(random() * 4);
    let label = '';
    for (let k = 0; k < len; k++) label += CHARS[Math.floor(random() * CHARS.length)];
    const angle = random() * 2 * Math.PI;
    const r = Math.sqrt(-2 * Math.log(1 - random())) * 25;
    graph.addNode(`n${i}`, {
      x: c.x + r * Math.cos(angle),
      y: c.y + r * Math.sin(angle),
      size: 2 + random() * 6,
      color: style.color,
      label,
      type: style.shape,
      kind,
      data: { id: `n${i}`, labels: [kind], properties: { name: label, aliases: [] } as never },
    });
  }
  for (let e = 0; e < size; e++) {
    const source = Math.floor(random() * order);
    const sameCluster = random() < 0.8;
    const target = sameCluster
      ? (source % clusters) + clusters * Math.floor(random() * Math.floor(order / clusters))
      : Math.floor(random() * order);
    if (target === source || target >= order) {
      e--;
      continue;
    }
    graph.addDirectedEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, {
      size: 1,
      color: EDGE_COLOR,
      type: 'arrow',
      relType: 'PART_OF',
      caption: '',
      data: { id: `e${e}`, type: 'PART_OF', start: `n${source}`, end: `n${target}`, properties: {} },
    });
  }
  return graph;
}
