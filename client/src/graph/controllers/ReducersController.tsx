/**
 * Connects state to the renderer through sigma's reducers: filters, hidden nodes, hover and
 * selection highlight, the nodes the latest expansion added (never dimmed, the most connected few
 * labelled), full names on hover, size and colour by attribute, edge labels, and in a crowded graph
 * only each node's strongest edges. Nothing here writes to the graph: the data stays as loaded.
 */
import { SMALL_GRAPH_LABELS } from '../layout/runner';
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useState } from 'react';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { REL_CAPTION } from '../../../../model/schema';
import { useLang } from '../../i18n';
import { appStore } from '../../state/app-state';
import { useSlice } from '../../state/store';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../attributes';
import { hoverStore } from '../hover';
import { EDGE_CAP_FROM, strongestEdges } from '../edge-cap';
import { FRESH_LABELLED, mostConnected } from '../importance';
import { EDGE_LABEL_ZOOM_RATIO } from '../settings';
import { articleCount, scaledColour, scaledSize, styleStore } from '../style-by';

const DIM_NODE = '#e4e6ea';
const DIM_EDGE = '#eef0f3';
const FOCUS_EDGE = '#57606a';
const SELECTED_EDGE = '#1f6feb';

function useZoomedIn(): boolean {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const [zoomedIn, setZoomedIn] = useState(() => sigma.getCamera().ratio < EDGE_LABEL_ZOOM_RATIO);
  useEffect(() => {
    const camera = sigma.getCamera();
    const update = (): void => setZoomedIn(camera.ratio < EDGE_LABEL_ZOOM_RATIO);
    camera.on('updated', update);
    return () => {
      camera.off('updated', update);
    };
  }, [sigma]);
  return zoomedIn;
}

/** A crowded graph draws each node's strongest edges only (edge-cap.ts); null: every edge. */
function drawnEdges(graph: ExplorerGraph): Set<string> | null {
  return graph.size >= EDGE_CAP_FROM ? strongestEdges(graph) : null;
}

export function ReducersController({
  filterable,
  version,
  large,
}: {
  filterable: boolean;
  version: number;
  large: boolean;
}) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const hovered = useSlice(hoverStore, (s) => s.node);
  const selection = useSlice(appStore, (s) => s.selection);
  const filters = useSlice(appStore, (s) => s.filters);
  const hidden = useSlice(appStore, (s) => s.hidden);
  const lang = useLang();
  const zoomedIn = useZoomedIn();
  const style = useSlice(styleStore, (s) => s);
  // version: the strongest edges change with the graph's content.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const drawn = useMemo(() => drawnEdges(sigma.getGraph()), [sigma, version]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const selectedNode = selection?.kind === 'node' && graph.hasNode(selection.id) ? selection.id : null;
    const selectedEdge = selection?.kind === 'edge' && graph.hasEdge(selection.id) ? selection.id : null;
    const focus = hovered && graph.hasNode(hovered) ? hovered : selectedNode;
    const neighbours = focus ? new Set(graph.neighbors(focus)) : null;
    // A hub's hundred neighbours cannot all be labelled: the most connected few are.
    const labelledNeighbours =
      neighbours && neighbours.size > FRESH_LABELLED ? mostConnected(graph, neighbours) : neighbours;
    const value = (node: string): number =>
      style.size === 'articles' || style.colour === 'articles'
        ? articleCount(graph.getNodeAttribute(node, 'data').properties)
        : graph.degree(node);
    let maxValue = 0;
    if (style.size !== 'degree' || style.colour !== 'label')
      graph.forEachNode((n) => (maxValue = Math.max(maxValue, value(n))));
    const hiddenNodes = new Set(filterable ? hidden : []);
    const hiddenLabels = new Set(filterable ? filters.hiddenLabels : []);
    const hiddenTypes = new Set(filterable ? filters.hiddenTypes : []);
    const county = filterable ? filters.county : null;

    const isFilteredOut = (node: string, attrs: NodeAttrs): boolean =>
      hiddenNodes.has(node) ||
      hiddenLabels.has(attrs.kind) ||
      (county !== null && attrs.county !== undefined && attrs.county !== county);

    const small = graph.order <= SMALL_GRAPH_LABELS;
    sigma.setSetting('nodeReducer', (node, attrs): Partial<NodeDisplayData> => {
      if (isFilteredOut(node, attrs)) return { ...attrs, hidden: true };
      const display: Partial<NodeDisplayData> = { ...attrs };
      if (style.size === 'uniform') display.size = 6;
      else if (style.size === 'articles') display.size = scaledSize(articleCount(attrs.data.properties), maxValue);
      if (style.colour !== 'label') display.color = scaledColour(value(node), maxValue);
      // A small graph shows every label (its layout made room for them: LayoutController).
      if (small) display.forceLabel = true;
      if (attrs.fresh) {
        // Just added: stands out, whatever is selected.
        display.zIndex = 1;
        if (attrs.fresh === 'label') display.forceLabel = true;
      } else if (neighbours && node !== focus && !neighbours.has(node)) {
        display.color = DIM_NODE;
        // A computed layout with room for every label (forceLabel) keeps them, so context stays readable.
        if (!attrs.forceLabel) display.label = '';
        display.zIndex = 0;
      } else if (focus) {
        display.zIndex = 1;
        if (node === focus || labelledNeighbours?.has(node)) display.forceLabel = true;
      }
      if (node === selectedNode || node === hovered) {
        display.highlighted = true;
        display.label = attrs.fullLabel ?? attrs.label;
        display.forceLabel = true;
      }
      return display;
    });

    sigma.setSetting('edgeReducer', (edge, attrs): Partial<EdgeDisplayData> => {
      if (hiddenTypes.has(attrs.relType)) return { ...attrs, hidden: true };
      const [source, target] = graph.extremities(edge);
      const touchesFocus = focus !== null && (source === focus || target === focus);
      if (drawn && !drawn.has(edge) && !touchesFocus && edge !== selectedEdge) return { ...attrs, type: 'undrawn' };
      const display: Partial<EdgeDisplayData> = { ...attrs, label: null, type: large ? 'line' : attrs.type };
      if (focus && !touchesFocus) display.color = DIM_EDGE;
      if (touchesFocus) {
        display.color = FOCUS_EDGE;
        display.zIndex = 1;
      }
      if (edge === selectedEdge) {
        display.color = SELECTED_EDGE;
        display.size = 3;
        display.zIndex = 2;
      }
      if (touchesFocus || zoomedIn || edge === selectedEdge)
        display.label = attrs.caption || REL_CAPTION[attrs.relType][lang];
      if (focus && !touchesFocus && edge !== selectedEdge) display.label = null;
      return display;
    });
    // version: neighbourhoods and the selection's presence change when the graph's content does.
  }, [sigma, hovered, selection, filters, hidden, lang, zoomedIn, filterable, version, large, style, drawn]);

  return null;
}
