/** The extent of a computed layout in graph units, labels included: what the camera fits. */
export interface LayoutFrame {
  x: [number, number];
  y: [number, number];
}
