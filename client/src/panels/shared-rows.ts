/**
 * The rows and columns of the shared-initiatives matrix: filtered by the concept's category and
 * scope, sorted, and only the counties that run at least one shown initiative as columns.
 */
import type { SharedInitiative, SharedInitiativesResponse } from '../../../model/api';
import { CONCEPT_CATEGORIES, CONCEPT_SCOPES, ConceptCategory, ConceptScope } from '../../../model/schema';
import { nodeName } from '../graph/build';

export const ROW_SORTS = ['spread', 'name', 'scope', 'category'] as const;
export type RowSort = (typeof ROW_SORTS)[number];

export interface RowFilter {
  category: ConceptCategory | null;
  scope: ConceptScope | null;
}

export const NO_FILTER: RowFilter = { category: null, scope: null };

export function conceptScope(initiative: SharedInitiative): ConceptScope | null {
  const scope = (initiative.node.properties as { scope?: unknown }).scope;
  return (CONCEPT_SCOPES as readonly unknown[]).includes(scope) ? (scope as ConceptScope) : null;
}

export function conceptCategory(initiative: SharedInitiative): ConceptCategory | null {
  const category = (initiative.node.properties as { category?: unknown }).category;
  return (CONCEPT_CATEGORIES as readonly unknown[]).includes(category) ? (category as ConceptCategory) : null;
}

/** Position in a fixed list, unknown values last. */
function rank<T>(list: readonly T[], value: T | null): number {
  const i = value === null ? -1 : list.indexOf(value);
  return i < 0 ? list.length : i;
}

const byName = (a: SharedInitiative, b: SharedInitiative): number =>
  nodeName(a.node).localeCompare(nodeName(b.node), 'zh');
const bySpread = (a: SharedInitiative, b: SharedInitiative): number => b.countyCount - a.countyCount || byName(a, b);

export function matrixRows(response: SharedInitiativesResponse, filter: RowFilter, sort: RowSort): SharedInitiative[] {
  const rows = response.initiatives.filter(
    (i) =>
      (filter.category === null || conceptCategory(i) === filter.category) &&
      (filter.scope === null || conceptScope(i) === filter.scope),
  );
  const compare: Record<RowSort, (a: SharedInitiative, b: SharedInitiative) => number> = {
    spread: bySpread,
    name: byName,
    scope: (a, b) => rank(CONCEPT_SCOPES, conceptScope(a)) - rank(CONCEPT_SCOPES, conceptScope(b)) || bySpread(a, b),
    category: (a, b) =>
      rank(CONCEPT_CATEGORIES, conceptCategory(a)) - rank(CONCEPT_CATEGORIES, conceptCategory(b)) || bySpread(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** The counties that run at least one of the rows, in the response's order: no column is empty. */
export function matrixColumns(response: SharedInitiativesResponse, rows: readonly SharedInitiative[]): string[] {
  const used = new Set(rows.flatMap((i) => i.counties.map((c) => c.county)));
  return response.counties.filter((c) => used.has(c));
}

/** The categories and scopes the data has, for the filter menus (no option that would empty the matrix). */
export function presentValues(response: SharedInitiativesResponse): {
  categories: ConceptCategory[];
  scopes: ConceptScope[];
} {
  const categories = new Set(response.initiatives.map(conceptCategory));
  const scopes = new Set(response.initiatives.map(conceptScope));
  return {
    categories: CONCEPT_CATEGORIES.filter((c) => categories.has(c)),
    scopes: CONCEPT_SCOPES.filter((s) => scopes.has(s)),
  };
}
