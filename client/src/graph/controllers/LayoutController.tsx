/** Runs the layout for a while whenever the graph's content changes (an expansion, a new result). */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { autoLayoutDuration, layoutRunner, SMALL_GRAPH_LABELS } from '../layout/runner';

export function LayoutController({ version, auto }: { version: number; auto: boolean }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const runner = layoutRunner(sigma.getGraph());
    const order = sigma.getGraph().order;
    // A small graph labels every node: once laid out, its nodes are spread until no label covers another.
    if (auto)
      runner.start(autoLayoutDuration(order), () => order <= SMALL_GRAPH_LABELS && runner.noverlap(sigma, true));
  }, [sigma, version, auto]);

  useEffect(() => {
    const runner = layoutRunner(sigma.getGraph());
    return () => runner.stop();
  }, [sigma]);

  return null;
}
