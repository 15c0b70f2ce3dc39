/**
 * Node shapes by label (model LABEL_STYLE.shape), and the lighter programs of big graphs. Sigma
 * ships discs, @sigma/node-square ships squares; diamonds and triangles reuse the square program's geometry (one vertex per corner
 * angle) with other angles, so picking and hover work the same way for all shapes.
 */
import { NodeSquareProgram } from '@sigma/node-square';
import { EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { Attributes } from 'graphology-types';
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

/**
 * Signed distance (in sprite units, > 0 inside) from a point sprite's pixel `m` (centre 0, edges ±0.5,
 * y down) to the edge of each shape, in GLSL. Areas are close to the disc's, as with the shapes above.
 */
const POINT_SHAPE_DISTANCE: Record<LabelStyle['shape'], string> = {
  circle: 'return 0.5 - length(m);',
  square: 'return 0.443 - max(abs(m.x), abs(m.y));',
  diamond: 'return (0.5 - abs(m.x) - abs(m.y)) * 0.7071;',
  // Apex up, circumradius 0.5, centred on the node.
  triangle: 'float y = -m.y; return min(y + 0.25, (0.5 - y - 1.7321 * abs(m.x)) * 0.5);',
};

function pointShapeFragment(shape: LabelStyle['shape']): string {
  return `
precision mediump float;
varying vec4 v_color;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
float inside(vec2 m) { ${POINT_SHAPE_DISTANCE[shape]} }
void main(void) {
  float dist = inside(gl_PointCoord - vec2(0.5, 0.5));
  #ifdef PICKING_MODE
  gl_FragColor = dist > v_border ? v_color : transparent;
  #else
  gl_FragColor = mix(transparent, v_color, clamp(dist / v_border, 0.0, 1.0));
  #endif
}
`;
}

/**
 * The same shapes as one point sprite per node (gl.POINTS, one vertex, not instanced), cut out by the
 * fragment shader. For big graphs: in software WebGL (SwiftShader, no GPU) an instanced draw costs
 * per instance, so 10,000 instanced nodes took about 0.3 s a frame where points take a few ms.
 */
function pointShapeProgram(shape: LabelStyle['shape']): typeof NodeCircleProgram {
  class NodePointShapeProgram extends NodePointProgram {
    override getDefinition(): ReturnType<NodePointProgram['getDefinition']> {
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: pointShapeFragment(shape) };
    }
  }
  return NodePointShapeProgram as unknown as typeof NodeCircleProgram;
}

export const POINT_NODE_PROGRAMS: Record<LabelStyle['shape'], typeof NodeCircleProgram> = {
  circle: pointShapeProgram('circle'),
  square: pointShapeProgram('square'),
  diamond: pointShapeProgram('diamond'),
  triangle: pointShapeProgram('triangle'),
};

/**
 * Edges kept in the graph but not drawn (the edge cap, edge-cap.ts) get this type rather than
 * `hidden`: sigma uploads every program's whole buffer on every frame, hidden items included, so
 * 20,000 hidden lines cost as much as drawn ones. A program that never renders keeps them out of it.
 */
export class EdgeUndrawnProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeLineProgram<N, E, G> {
  override render(): void {}
}
