import { stateFromQuery, stateToQuery, type CareMapState } from '../../map/map-state.ts';
import { withRenderer } from './renderer-choice.ts';

/** How a change reaches the browser's history: a new entry, the same one, one entry per run of filter changes, or none (Back itself). */
export type HistoryMode = 'push' | 'replace' | 'filters' | 'none';

/**
 * Keeps the map's state in the address, so a shared link, Back and Forward
 * give the same view. A map in a free page (`<CareMap>`, one of several,
 * say) keeps a state of its own: made with `live` false, this does nothing.
 */
export class UrlSync {
  /** Whether the last history entry was made by a filter change: consecutive ones share an entry. */
  private filtering = false;

  constructor(private readonly live = true) {}

  /** Calls back with the state of the address after Back or Forward. */
  listen(onPopState: (state: CareMapState) => void): void {
    if (!this.live) return;
    addEventListener('popstate', () => {
      this.filtering = false;
      onPopState(stateFromQuery(location.search));
    });
  }

  record(state: CareMapState, mode: HistoryMode): void {
    if (mode === 'none' || !this.live) return;
    const url = `${location.pathname}${withRenderer(stateToQuery(state))}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    const push = mode === 'push' || (mode === 'filters' && !this.filtering);
    this.filtering = mode === 'filters';
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
