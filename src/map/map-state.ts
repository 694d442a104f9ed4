import { FILTER_GROUPS, noFilters, type CareMapFilters } from './filters.ts';

/**
 * What a link to the map carries, in its query string: the selected element,
 * the focus depth, the filters, the list view (`?view=list`) and the search
 * text (`?q=`). The map itself is the page's path. Each
 * filter group is a repeated parameter (`?type=group&type=business`), which is
 * also what the filter form would submit.
 */
export interface CareMapState {
  select: string | null;
  /** 0 = the whole map; 1–3 = steps out from the selection. */
  focus: FocusDepth;
  filters: CareMapFilters;
  /** The list view is open instead of the drawing (absent: closed). */
  list?: boolean;
  /** The search text (absent: none). */
  query?: string;
}

export type FocusDepth = 0 | 1 | 2 | 3;

/** The parameter that selects an element: element pages link to `?select=<id>`. */
export const SELECT_PARAM = 'select';
export const FOCUS_PARAM = 'focus';
export const VIEW_PARAM = 'view';
export const QUERY_PARAM = 'q';

export function emptyState(): CareMapState {
  return { select: null, focus: 0, filters: noFilters() };
}

export function stateFromQuery(query: string | URLSearchParams): CareMapState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters = noFilters();
  for (const group of FILTER_GROUPS) {
    const values = params.getAll(group).map((v) => v.trim()).filter(Boolean);
    (filters[group] as string[]) = [...new Set(values)];
  }
  const select = params.get(SELECT_PARAM) || null;
  const depth = Number(params.get(FOCUS_PARAM));
  const focus: FocusDepth = select && (depth === 1 || depth === 2 || depth === 3) ? depth : 0;
  const state: CareMapState = { select, focus, filters };
  if (params.get(VIEW_PARAM) === 'list') state.list = true;
  const text = params.get(QUERY_PARAM)?.trim();
  if (text) state.query = text;
  return state;
}

/** A stable query string (`?…`, or '' for the plain map): same state, same URL. */
export function stateToQuery(state: CareMapState): string {
  const params = new URLSearchParams();
  if (state.select) {
    params.set(SELECT_PARAM, state.select);
    if (state.focus) params.set(FOCUS_PARAM, String(state.focus));
  }
  for (const group of FILTER_GROUPS) for (const value of [...state.filters[group]].sort()) params.append(group, value);
  if (state.list) params.set(VIEW_PARAM, 'list');
  if (state.query?.trim()) params.set(QUERY_PARAM, state.query.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function sameFilters(a: CareMapFilters, b: CareMapFilters): boolean {
  return FILTER_GROUPS.every((g) => a[g].length === b[g].length && [...a[g]].sort().join('\u0000') === [...b[g]].sort().join('\u0000'));
}
