/**
 * Moving the selection with the arrow keys: to the neighbour that lies most nearly in the pressed
 * direction on screen (within 60° of it), nearer ones first; with nothing selected, to the most
 * connected node. Screen coordinates: y grows downwards.
 */
export type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

const VECTOR: Record<Direction, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

export function isDirection(key: string): key is Direction {
  return key in VECTOR;
}

/** The candidate to move to, or null when none lies that way. */
export function neighbourInDirection(
  from: ScreenPoint,
  candidates: readonly ScreenPoint[],
  dir: Direction,
): string | null {
  const v = VECTOR[dir];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (c.id === from.id || distance === 0) continue;
    const cos = (dx * v.x + dy * v.y) / distance;
    if (cos < 0.5) continue;
    // Straight ahead beats off to the side at the same distance.
    const score = distance / cos;
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id ?? null;
}
