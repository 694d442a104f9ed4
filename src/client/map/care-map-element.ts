import { buildCareMapModel } from '../../map/care-map-model.ts';
import { filterOptions, knownFilters, type FilterOptions } from '../../map/filter-options.ts';
import { activeFilterCount, type CareMapFilters } from '../../map/filters.ts';
import { pageMapData } from '../../map/map-data.ts';
import { emptyState, stateFromQuery, type CareMapState } from '../../map/map-state.ts';
import { h } from './create.ts';
import { MapDetails } from './details.ts';
import { loadRelax, MapController } from './map-controller.ts';
import { ShareMenu } from './share-menu.ts';
import { UrlSync } from './url-sync.ts';
import { bindNodeSizing } from './node-sizing.ts';

/**
 * `<care-map>`: the interactive map of one care map. The page renders its
 * controls (filters with counts, legend, search box, map toggle); this takes
 * the map data that `data/map.js` left on the page and hands it to the map's
 * controller (map-controller.ts), which draws the map and keeps the map, the
 * panels, the list view and the URL in step; `data/details.json` follows
 * when a search, a selection or the list view first needs it. One state —
 * selection, focus depth, filters — lives in the query string; everything
 * shown is derived from it. A map in a free page (`data-state="own"`, from
 * `<CareMap>`) starts from its own attributes instead (`data-select`,
 * `data-depth`) and leaves the address alone, so several can share a page.
 */
class CareMapElement extends HTMLElement {
  private controller: MapController | null = null;

  connectedCallback(): void {
    if (this.controller) return;
    this.start().catch((error: unknown) => this.fail(error));
  }

  /** Runs in the task that finds the element, up to the first draw, unless a link's filters wait for the relaxation code. */
  private async start(): Promise<void> {
    const own = this.dataset['state'] === 'own';
    const initial = own ? this.ownState() : stateFromQuery(location.search);
    // Relaxing positions is needed only once something is hidden: start loading it now if the link asks for that.
    const relax = activeFilterCount(initial.filters) > 0 || initial.focus > 0 ? loadRelax() : null;
    const details = new MapDetails(this.dataset['details']!);
    // A link that selects an element opens its profile: fetch its details alongside the map.
    if (initial.select) void details.load();
    const file = pageMapData();
    if (!file) throw new Error('care-map: the map data (data/map.js) did not load');
    const model = buildCareMapModel(file, this.dataset['map']!);
    // The panel's options were counted at build time; here they only vet filters from a link.
    let options: FilterOptions | null = null;
    const known = (filters: CareMapFilters) => (activeFilterCount(filters) === 0 ? filters : knownFilters(filters, (options ??= filterOptions(model))));
    const elementHref = (id: string) => this.dataset['elementHref']!.replace('__id__', encodeURIComponent(id));
    const ids = this.dataset['ids'] ?? 'cm';
    const controller = (this.controller = new MapController(this, this.piece, model, file, details, elementHref, new UrlSync(!own), ids));

    initial.filters = known(initial.filters);
    if (relax) await relax;
    controller.restore(initial, { history: 'replace', camera: initial.focus ? 'fit' : initial.select ? 'centre' : 'fit', animate: false });
    controller.renderer.mount();
    if (this.querySelector('[data-part="share"]')) new ShareMenu(this, this.piece, controller.renderer);
    // Printed, the view on screen scales to the room the paper gives it (map-print.css).
    addEventListener('beforeprint', () => {
      const { width, height } = controller.renderer.current;
      this.querySelector('svg.cm-svg')?.setAttribute('viewBox', `0 0 ${width} ${height}`);
    });
    addEventListener('afterprint', () => this.querySelector('svg.cm-svg')?.removeAttribute('viewBox'));
    bindNodeSizing(this, model, controller.renderer);
    this.classList.add('cm--ready');
    // For the benchmark: when the settled map is first drawn.
    performance.mark('care-map:drawn');
    controller.url.listen((state) => controller.restore({ ...state, filters: known(state.filters) }, { history: 'none', camera: 'fit', animate: true }));
  }

  /** The state a map in a free page starts in: its element and depth, no filters. */
  private ownState(): CareMapState {
    const select = this.dataset['select'] || null;
    const depth = Number(this.dataset['depth']);
    return { ...emptyState(), select, focus: select && (depth === 1 || depth === 2 || depth === 3) ? depth : 0 };
  }

  private piece = <T extends HTMLElement = HTMLElement>(name: string): T => {
    const el = this.querySelector<T>(`[data-part="${name}"]`);
    if (!el) throw new Error(`care-map: missing part "${name}"`);
    return el;
  };

  private fail(error: unknown): void {
    console.error(error);
    this.piece('canvas').replaceChildren(h('p', { class: 'cm-error' }, 'The map could not be loaded. ', h('a', { href: this.dataset['directory'] ?? '#' }, 'Browse the directory instead.')));
    this.classList.add('cm--failed');
  }
}

if (!customElements.get('care-map')) customElements.define('care-map', CareMapElement);
