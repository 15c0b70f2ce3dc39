/** Query results as CSV (RFC 4180, UTF-8 with BOM so Excel reads Chinese) and as JSON. */
import type { QueryResult } from '../../../model/api';
import type { GraphNode, GraphRelationship } from '../../../model/graph';

function isNode(value: unknown): value is GraphNode {
  const v = value as GraphNode | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    Array.isArray(v.labels) &&
    typeof v.properties === 'object'
  );
}

function isRelationship(value: unknown): value is GraphRelationship {
  const v = value as GraphRelationship | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    typeof v.start === 'string'
  );
}

/** How a cell reads in a table: a node or relationship by its name, other values as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNode(value)) {
    const name =
      (value.properties as { name?: unknown; title?: unknown }).name ?? (value.properties as { title?: unknown }).title;
    return `(${value.labels.join(':')} ${typeof name === 'string' ? name : value.id})`;
  }
  if (isRelationship(value)) {
    const title = (value.properties as { title?: unknown }).title;
    return `[:${value.type}${typeof title === 'string' ? ` ${title}` : ''}]`;
  }
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  return JSON.stringify(value);
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
