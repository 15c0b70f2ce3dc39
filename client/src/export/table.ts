/** Query results as CSV (RFC 4180, UTF-8 with BOM so Excel reads Chinese) and as JSON. */
import type { QueryResult } from '../../../model/api';
import { nodeName } from '../graph/build';
import { shapeOf } from '../query/values';

/** How a cell reads in a CSV: a node or relationship by its name, evidence by its sentence, maps as key: value. */
export function cellText(value: unknown): string {
  const shape = shapeOf(value);
  switch (shape.kind) {
    case 'empty':
      return '';
    case 'scalar':
      return shape.text;
    case 'node':
      return `(${shape.node.labels.join(':')} ${nodeName(shape.node)})`;
    case 'relationship': {
      const title = (shape.relationship.properties as { title?: unknown }).title;
      return `[:${shape.relationship.type}${typeof title === 'string' ? ` ${title}` : ''}]`;
    }
    case 'path':
      return shape.path.nodes.map((n) => cellText(n)).join('→');
    case 'evidence':
      return shape.evidence.sentence;
    case 'list':
      return `[${shape.items.map(cellText).join(', ')}]`;
    case 'map':
      return `{${shape.entries.map(([k, v]) => `${k}: ${cellText(v)}`).join(', ')}}`;
  }
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const row of result.rows) lines.push(result.columns.map((c) => csvField(cellText(row[c]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(result: QueryResult): string {
  return JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated }, null, 2);
}
