/**
 * Arrow keys in the shared-initiatives matrix: from a cell to the next filled cell in that direction
 * (skipping empty ones, which are not focusable), staying put at the edge.
 */
import type { Direction } from '../graph/keyboard-nav';

const STEP: Record<Direction, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

/** `filled[row][column]`; returns the cell to move to, or null when there is none that way. */
export function nextFilledCell(
  filled: readonly (readonly boolean[])[],
  row: number,
  column: number,
  dir: Direction,
): { row: number; column: number } | null {
  const [dr, dc] = STEP[dir];
  for (
    let r = row + dr, c = column + dc;
    r >= 0 && r < filled.length && c >= 0 && c < (filled[r]?.length ?? 0);
    r += dr, c += dc
  )
    if (filled[r]![c]) return { row: r, column: c };
  return null;
}
