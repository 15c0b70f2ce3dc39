/** Makes this view's sigma instance the active one (see state/active-graph.ts). */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { activeGraphStore } from '../../state/active-graph';
import type { EdgeAttrs, NodeAttrs } from '../attributes';

export function RegisterController({ version }: { version: number }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    activeGraphStore.set({ graph: sigma.getGraph(), version, sigma });
  }, [sigma, version]);
  useEffect(
    () => () => {
      if (activeGraphStore.get().sigma === sigma) activeGraphStore.set({ sigma: null });
    },
    [sigma],
  );
  return null;
}
