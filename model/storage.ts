/**
 * How graph properties are stored in Neo4j. Neo4j properties cannot hold maps, so an article's
 * items (a list of objects) are stored as JSON strings with a fixed key order. Evidence is not a
 * property: it is stored as Sentence nodes (pipeline/export/provenance.ts).
 */
export const JSON_LIST_PROPERTIES = ['items'] as const;

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** Graph JSON properties → Neo4j properties. */
export function encodeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    out[key] =
      (JSON_LIST_PROPERTIES as readonly string[]).includes(key) && Array.isArray(value) ? value.map(canonical) : value;
  }
  return out;
}

/** Neo4j properties → graph JSON properties. Strings that fail to parse are kept as they are. */
export function decodeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...properties };
  for (const key of JSON_LIST_PROPERTIES) {
    const value = out[key];
    if (!Array.isArray(value)) continue;
    out[key] = value.map((v) => {
      if (typeof v !== 'string') return v;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return v;
      }
    });
  }
  return out;
}
