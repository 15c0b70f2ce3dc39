/** Runs the layout for a while whenever the graph's content changes (an expansion, a new result). */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { autoLayoutDuration, layoutRunner } from '../layout/runner';

export function LayoutController({ version, auto }: { version: number; auto: boolean }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const runner = layoutRunner(sigma.getGraph());
    if (auto) runner.start(autoLayoutDuration(sigma.getGraph().order));
  }, [sigma, version, auto]);

  useEffect(() => {
    const runner = layoutRunner(sigma.getGraph());
    return () => runner.stop();
  }, [sigma]);

  return null;
}
