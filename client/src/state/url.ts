/**
 * AppState ↔ URL query string. Only what differs from the defaults is written, so links stay
 * short; anything malformed in a URL falls back to the default instead of breaking the app.
 */
import { isNodeLabel, isRelType } from '../../../model/schema';
import { isLang } from '../i18n/messages';
import { AppState, DEFAULT_MIN_COUNTIES, INITIAL_STATE, QueryRun, Selection, VIEWS, ViewName } from './app-state';

/** The part of AppState that lives in the URL (all of it, today). */
export type UrlState = AppState;

function isView(value: string | null): value is ViewName {
  return (VIEWS as readonly (string | null)[]).includes(value);
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function nonNegativeInt(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

function parseSelection(value: string | null): Selection | null {
  const match = value ? /^([ne]):(.+)$/s.exec(value) : null;
  if (!match || !match[2]) return null;
  return { kind: match[1] === 'n' ? 'node' : 'edge', id: match[2] };
}

function parseQuery(params: URLSearchParams): QueryRun | null {
  const text = params.get('cq');
  if (text) return { kind: 'cypher', text };
  const name = params.get('qn');
  if (!name) return null;
  let queryParams: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(params.get('qp') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) queryParams = parsed as Record<string, unknown>;
  } catch {
    // A hand-edited link with broken JSON runs the query with its defaults.
  }
  return { kind: 'named', name, params: queryParams };
}

export function parseUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('v');
  const lang = p.get('lang');
  const article = p.get('art');
  const start = nonNegativeInt(p.get('as'));
  const end = nonNegativeInt(p.get('ae'));
  return {
    view: isView(view) ? view : INITIAL_STATE.view,
    lang: isLang(lang) ? lang : INITIAL_STATE.lang,
    selection: parseSelection(p.get('sel')),
    expanded: p.getAll('x').filter(Boolean),
    hidden: p.getAll('h').filter(Boolean),
    filters: {
      hiddenLabels: list(p.get('hl')).filter(isNodeLabel),
      hiddenTypes: list(p.get('ht')).filter(isRelType),
      county: p.get('county') || null,
    },
    scope: p.get('scope') || null,
    minCounties: Math.max(1, nonNegativeInt(p.get('min')) ?? DEFAULT_MIN_COUNTIES),
    query: parseQuery(p),
    article:
      article && start !== null && end !== null && end >= start
        ? { id: article, start, end, surface: p.get('asf') ?? undefined }
        : null,
  };
}

export function toUrl(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.view !== INITIAL_STATE.view) p.set('v', state.view);
  if (state.lang !== INITIAL_STATE.lang) p.set('lang', state.lang);
  if (state.selection) p.set('sel', `${state.selection.kind === 'node' ? 'n' : 'e'}:${state.selection.id}`);
  for (const id of state.expanded) p.append('x', id);
  for (const id of state.hidden) p.append('h', id);
  if (state.filters.hiddenLabels.length) p.set('hl', state.filters.hiddenLabels.join(','));
  if (state.filters.hiddenTypes.length) p.set('ht', state.filters.hiddenTypes.join(','));
  if (state.filters.county) p.set('county', state.filters.county);
  if (state.scope) p.set('scope', state.scope);
  if (state.minCounties !== DEFAULT_MIN_COUNTIES) p.set('min', String(state.minCounties));
  if (state.query?.kind === 'cypher') p.set('cq', state.query.text);
  if (state.query?.kind === 'named') {
    p.set('qn', state.query.name);
    if (Object.keys(state.query.params).length) p.set('qp', JSON.stringify(state.query.params));
  }
  if (state.article) {
    p.set('art', state.article.id);
    p.set('as', String(state.article.start));
    p.set('ae', String(state.article.end));
    if (state.article.surface) p.set('asf', state.article.surface);
  }
  const search = p.toString();
  return search ? `?${search}` : '';
}
