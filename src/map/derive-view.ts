import type { CareMapModel } from './care-map-model.ts';
import { activeFilterCount, applyFilters, focusOn, noFilters, type Shown } from './filters.ts';
import type { MapFile } from './map-file.ts';
import { sameFilters, type CareMapState, type FocusDepth } from './map-state.ts';
import { everything, neighbourhood, type Part } from './neighbourhood.ts';

/** What the map shows for one state: everything on screen is drawn from this. */
export interface MapView {
  /** The state as it holds on this map: a selection that is not on it, or hidden, is dropped, and its focus with it. */
  state: CareMapState;
  /** The selected element's index, or −1. */
  selected: number;
  focus: FocusDepth;
  /** What the filters show. */
  filtered: Shown;
  /** What is shown: the filtered map, or in focus, the selection's neighbourhood within it. */
  shown: Shown;
  /** Drawn at full strength while something is selected: the selection, its neighbours and their connections (in focus, all that is shown). */
  lit: Part;
  /** Why the view differs from what was asked, for the status line ('' when it does not). */
  notice: string;
}

export interface DeriveOptions {
  /** The whole map data: names the map an element is on when it is not on this one. */
  file?: Pick<MapFile, 'nodes'>;
  /** The view before: its filtered result is reused when the filters did not change. */
  previous?: MapView | null;
}

/**
 * Derives the view of one state. Pure; O(nodes + links) when the filters
 * change, O(neighbourhood) otherwise. Filters and focus combine with AND: in
 * focus, the filters narrow the neighbourhood, and the selection stays even
 * if they would hide it; without focus, a selection the filters hide is
 * dropped.
 */
export function deriveView(model: CareMapModel, next: CareMapState, options: DeriveOptions = {}): MapView {
  const { previous } = options;
  const filtered = previous && sameFilters(previous.state.filters, next.filters) ? previous.filtered : applyFilters(model, next.filters);
  let notice = '';
  let selected = next.select ? model.indexOf.get(next.select) ?? -1 : -1;
  if (next.select && selected < 0) notice = notOnMapNotice(model, next.select, options.file);
  else if (selected >= 0 && !filtered.nodes[selected] && !next.focus) {
    notice = `${model.nodes[selected]!.name} is hidden by the filters. `;
    selected = -1;
  }
  const focus: FocusDepth = selected >= 0 ? next.focus : 0;
  const state: CareMapState = { ...next, select: selected >= 0 ? model.nodes[selected]!.id : null, focus, filters: next.filters };
  let shown = filtered;
  if (focus) {
    shown = focusOn(model, filtered.nodes[selected] ? filtered : applyFilters(model, next.filters, selected), selected, focus);
    if (activeFilterCount(next.filters) > 0) notice = `The filters narrow the focus around ${model.nodes[selected]!.name}. `;
  }
  // In focus, all that is shown is the neighbourhood: nothing is dimmed.
  const lit = focus ? everything(shown) : neighbourhood(model, selected, shown);
  return { state, selected, focus, filtered, shown, lit, notice };
}

/** The status line: what is shown, and what is selected ("All 9 elements, 14 connections."). */
export function statusText(model: CareMapModel, view: Pick<MapView, 'shown' | 'selected'>): string {
  const { shown, selected } = view;
  const total = model.nodes.length;
  const what = `${shown.nodeCount === total ? `All ${total}` : `${shown.nodeCount} of ${total}`} elements, ${shown.linkCount} ${shown.linkCount === 1 ? 'connection' : 'connections'}`;
  return selected >= 0 ? `${what}. Selected: ${model.nodes[selected]!.name}.` : `${what}.`;
}

/**
 * The state after choosing element i from the search: it is selected, at the
 * same focus depth. Search finds elements the filters hide: then the filters
 * are reset to show it, and the notice says so.
 */
export function searchChoice(model: CareMapModel, view: Pick<MapView, 'state' | 'filtered'>, i: number): { state: CareMapState; notice: string } {
  const keep = !!view.filtered.nodes[i];
  const state: CareMapState = { select: model.nodes[i]!.id, focus: view.state.focus, filters: keep ? view.state.filters : noFilters() };
  return { state, notice: keep ? '' : 'Filters were reset to show it. ' };
}

function notOnMapNotice(model: CareMapModel, id: string, file: Pick<MapFile, 'nodes'> | undefined): string {
  const node = file?.nodes.find((n) => n.id === id);
  if (!node) return 'That element is not on this map. ';
  const other = model.maps.find((m) => node.maps?.includes(m.id));
  return `${node.name} is not on this map${other ? `; it is on ${other.title}` : ''}. `;
}
