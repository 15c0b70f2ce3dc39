/**
 * Node shapes by label (model LABEL_STYLE.shape). Sigma ships discs, @sigma/node-square ships
 * squares; diamonds and triangles reuse the square program's geometry (one vertex per corner
 * angle) with other angles, so picking and hover work the same way for all shapes.
 */
import { NodeSquareProgram } from '@sigma/node-square';
import { NodeCircleProgram } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { LabelStyle } from '../../../model/schema';

const PI = Math.PI;

class NodeDiamondProgram extends NodeSquareProgram {
  override getDefinition(): ReturnType<NodeSquareProgram['getDefinition']> {
    // Two triangles sharing the vertical diagonal: right-top-left, right-left-bottom.
    return { ...super.getDefinition(), CONSTANT_DATA: [[0], [PI / 2], [PI], [0], [PI], [-PI / 2]] };
  }
}

/** An equilateral triangle has a smaller area than the square of the same corner radius: enlarge it to match. */
const TRIANGLE_SCALE = 1.25;

class NodeTriangleProgram extends NodeSquareProgram {
  override getDefinition(): ReturnType<NodeSquareProgram['getDefinition']> {
    return {
      ...super.getDefinition(),
      VERTICES: 3,
      CONSTANT_DATA: [[PI / 2], [PI / 2 + (2 * PI) / 3], [PI / 2 + (4 * PI) / 3]],
    };
  }

  override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    super.processVisibleItem(nodeIndex, startIndex, { ...data, size: data.size * TRIANGLE_SCALE });
  }
}

export const NODE_PROGRAMS: Record<LabelStyle['shape'], typeof NodeCircleProgram> = {
  circle: NodeCircleProgram,
  square: NodeSquareProgram as unknown as typeof NodeCircleProgram,
  diamond: NodeDiamondProgram as unknown as typeof NodeCircleProgram,
  triangle: NodeTriangleProgram as unknown as typeof NodeCircleProgram,
};
