import { elementTypeLabel } from '../../core/vocabulary/element-types.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import { deriveView, searchChoice, statusText, type MapView } from '../../map/derive-view.ts';
import { facetCounts } from '../../map/facet-counts.ts';
import { noFilters, type CareMapFilters } from '../../map/filters.ts';
import type { MapFile } from '../../map/map-file.ts';
import { emptyState, sameFilters, type CareMapState } from '../../map/map-state.ts';
import { sameShown } from '../../map/neighbourhood.ts';
import { Announcer } from './announcer.ts';
import type { MapDetails } from './details.ts';
import { FilterPanel } from './filter-panel.ts';
import { homePositions } from './home-positions.ts';
import { ListView } from './list-view.ts';
import { MapChrome, type Piece } from './map-chrome.ts';
import { MapRenderer, type RendererHooks } from './map-renderer.ts';
import { ProfilePanel } from './profile-panel.ts';
import { chooseRenderer, drawingOf } from './renderer-choice.ts';
import type { Positions } from './scene.ts';
import { SearchBox } from './search-box.ts';
import type { HistoryMode, UrlSync } from './url-sync.ts';

type Relax = typeof import('./relax.ts');
type CameraMove = 'fit' | 'centre' | 'reveal' | 'none';

export interface Apply {
  history: HistoryMode;
  camera: CameraMove;
  animate: boolean;
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

let relax: Promise<Relax | null> | null = null;
/** The relaxation code, once loaded. */
let relaxed: Relax | null = null;

/**
 * Loads the code that gathers what is left after a filter or focus hides the
 * rest, once; without it (offline, say) elements simply keep their places.
 */
export function loadRelax(): Promise<Relax | null> {
  relax ??= import('./relax.ts').then(
    (module) => (relaxed = module),
    () => null,
  );
  return relax;
}

/**
 * Holds the map's one state — selection, focus depth, filters — and keeps
 * everything in step with it: the drawing, the profile, the filter panel, the
 * search, the list view, the chrome, the status line and the address. Each
 * change derives the whole view (deriveView) and touches only what changed.
 */
export class MapController {
  readonly renderer: MapRenderer;
  readonly url: UrlSync;
  private readonly profile: ProfilePanel;
  private readonly filters: FilterPanel;
  private readonly search: SearchBox;
  private readonly list: ListView;
  private readonly chrome: MapChrome;
  private readonly announcer: Announcer;
  /** Where each element sits on the whole map: the build's layout, turned to suit the screen. */
  private readonly home: Positions;
  private state: CareMapState = emptyState();
  private view: MapView | null = null;
  private searchMatches: number[] | null = null;
  private query = '';
  private version = 0;
  private returnFocus: HTMLElement | null = null;
  /** The filters the option counts are for: the build counted them with none. */
  private counted: CareMapFilters = noFilters();
  /** The height of the map the profile's bottom sheet covers, as last seen. */
  private sheetCover = 0;
  private readonly listButton: HTMLButtonElement;
  /** Set while restore() opens or closes the list view: that is not a new history entry. */
  private restoring = false;

  constructor(
    private readonly root: HTMLElement,
    piece: Piece,
    private readonly model: CareMapModel,
    private readonly file: MapFile,
    details: MapDetails,
    elementHref: (id: string) => string,
    /** Where the state is kept: the address, or nowhere (a map in a free page). */
    url: UrlSync,
    /** Starts every id the map makes (CareMapView's `ids`). */
    ids: string,
  ) {
    this.url = url;
    this.home = homePositions(model, piece('canvas'));
    const hooks: RendererHooks = {
      select: (i, via) => this.select(i, via === 'keyboard' ? 'none' : 'reveal'),
      clear: () => this.update({ select: null, focus: 0 }, { history: 'push', camera: 'none', animate: true }),
      describe: (i) => this.describe(i),
      insets: () => this.chrome.insets(),
    };
    const kind = chooseRenderer(model);
    this.renderer = new MapRenderer(piece('canvas'), model, this.home, hooks, () => !reducedMotion.matches, drawingOf(kind, `${ids}-map-help`));
    root.dataset['renderer'] = kind;
    this.profile = new ProfilePanel(piece('profile'), model, details, elementHref, {
      select: (i) => this.select(i, 'centre'),
      focus: (depth) => this.update({ focus: depth }, { history: 'push', camera: 'fit', animate: true }),
      close: () => this.closeProfile(),
    });
    this.filters = new FilterPanel(piece<HTMLFormElement>('filters'), (filters) => this.update({ filters }, { history: 'filters', camera: 'fit', animate: true }));
    this.search = new SearchBox(piece<HTMLInputElement>('search'), piece('results'), piece('search-status'), model, details, {
      choose: (i) => {
        const { state, notice } = searchChoice(model, this.view!, i);
        this.apply(state, { history: 'push', camera: 'centre', animate: true });
        if (notice) this.announcer.say(notice + statusText(model, this.view!));
      },
      matched: (matches, query) => {
        this.searchMatches = matches;
        this.query = query;
        this.refreshList();
        // Typing keeps one history entry: the address follows the text without filling Back.
        if (this.view) this.url.record(this.withViews(this.state), 'replace');
      },
      isShown: (i) => !!this.view?.shown.nodes[i],
    });
    this.list = new ListView(piece('list'), model, details, {
      select: (i, invoker) => {
        this.returnFocus = invoker;
        this.select(i, 'centre');
        this.profile.focusHeading();
      },
      clearSearch: () => {
        const input = piece<HTMLInputElement>('search');
        input.value = '';
        input.dispatchEvent(new Event('input'));
      },
    });
    this.chrome = new MapChrome(root, piece, this.list, this.renderer, {
      resetFilters: () => this.update({ filters: noFilters() }, { history: 'filters', camera: 'fit', animate: true }),
      exitFocus: () => this.update({ focus: 0 }, { history: 'push', camera: 'fit', animate: true }),
      touched: () => void loadRelax(),
    });
    this.announcer = new Announcer(piece('status'));
    // The bottom sheet opens, collapses to a peek or expands: the selection (or its neighbourhood) is framed again in the room it leaves.
    new ResizeObserver(() => this.sheetMoved()).observe(piece('profile'));
    this.listButton = piece<HTMLButtonElement>('list-button');
    // After the chrome's own listener has opened or closed the list view.
    this.listButton.addEventListener('click', () => {
      if (!this.restoring && this.view) this.url.record(this.withViews(this.state), 'push');
    });
  }

  /**
   * Opens a state from the address (a link, Back or Forward): the list view
   * and the search text as it says, then the rest.
   */
  restore(next: CareMapState, how: Apply): void {
    this.restoring = true;
    if (!!next.list !== this.list.isOpen) this.listButton.click();
    this.restoring = false;
    if ((next.query ?? '') !== this.search.query) this.search.setQuery(next.query ?? '');
    this.apply(next, how);
  }

  /** The state with the list view and the search text as they are on screen: what the address records. */
  private withViews(state: CareMapState): CareMapState {
    const { list: _list, query: _query, ...rest } = state;
    const query = this.search.query;
    return { ...rest, ...(this.list.isOpen ? { list: true } : {}), ...(query ? { query } : {}) };
  }

  /** Derives everything shown from one state; touches only what changed. */
  apply(next: CareMapState, how: Apply): void {
    const { model, renderer } = this;
    const version = ++this.version;
    const previous = this.view;
    const view = deriveView(model, next, { file: this.file, previous });
    const { selected, focus, shown, lit, state } = view;
    const setChanged = !previous || !sameShown(previous.shown, shown);
    this.view = view;
    this.state = state;

    // The panels first, then one reading of the room they leave, then the drawing: reading the room after
    // the drawing changed would make the browser restyle every changed element twice.
    if (selected >= 0) this.profile.show(selected, focus);
    else this.profile.hide();
    this.root.classList.toggle('cm--profile', selected >= 0);
    this.chrome.update(state, selected >= 0 ? model.nodes[selected]!.name : null);
    renderer.holdArea();

    renderer.setShown(shown);
    renderer.setSelection(selected, lit.nodes, lit.links);

    if (setChanged) {
      const place = (relax: Relax | null) => {
        if (version !== this.version) return;
        const target = relax ? relax.relaxedPositions(model, shown, this.home) : this.home;
        renderer.moveTo(target.x, target.y, how.animate && !reducedMotion.matches && !!previous);
        this.moveCamera(how.camera, selected, how.animate);
      };
      if (shown.nodeCount === model.nodes.length) place(null);
      // Relaxing takes a few milliseconds: what is left is gathered in the frame that shows it. Opening on a filtered
      // link, the element has loaded the code; the filter panel and the profile load it when first touched.
      else if (relaxed || !previous) place(relaxed);
      else void loadRelax().then(place);
    } else this.moveCamera(how.camera === 'fit' ? 'none' : how.camera, selected, how.animate);

    this.filters.write(state.filters);
    if (!sameFilters(this.counted, state.filters)) this.countLater(state.filters);
    this.search.refresh();
    this.refreshList();
    this.announcer.say(view.notice + statusText(model, view));
    this.url.record(this.withViews(state), how.history);
  }

  /**
   * The option counts follow the filters just after the frame that shows the
   * change (a pass over the map per filter group): the map answers the click
   * first. A later change before then counts for itself instead.
   */
  private countLater(filters: CareMapFilters): void {
    this.counted = filters;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.counted === filters) this.filters.writeCounts(facetCounts(this.model, filters));
      }),
    );
  }

  private update(change: Partial<CareMapState>, how: Apply): void {
    this.apply({ ...this.state, ...change }, how);
  }

  private select(i: number, camera: CameraMove): void {
    const id = this.model.nodes[i]!.id;
    if (id === this.state.select) {
      if (camera === 'centre') this.renderer.centreOn(i, !reducedMotion.matches);
      return;
    }
    this.update({ select: id, focus: this.state.focus }, { history: 'push', camera, animate: true });
  }

  private closeProfile(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    this.update({ select: null, focus: 0 }, { history: 'push', camera: 'none', animate: true });
    if (back?.isConnected && back.checkVisibility()) back.focus();
    else if (this.renderer.focusable >= 0 && !this.list.isOpen) this.renderer.focusElement(this.renderer.focusable);
  }

  private sheetMoved(): void {
    const cover = this.chrome.sheetCover();
    if (cover === this.sheetCover) return;
    this.sheetCover = cover;
    const selected = this.view?.selected ?? -1;
    if (cover === 0 || selected < 0) return;
    if (this.state.focus) this.renderer.fit(!reducedMotion.matches);
    else this.renderer.reveal(selected);
  }

  private moveCamera(camera: CameraMove, selected: number, animate: boolean): void {
    const motion = animate && !reducedMotion.matches;
    if (camera === 'fit') this.renderer.fit(motion);
    else if (camera === 'centre' && selected >= 0) this.renderer.centreOn(selected, motion);
    // After the profile has opened and the map has been resized around it.
    else if (camera === 'reveal' && selected >= 0) requestAnimationFrame(() => this.renderer.reveal(selected));
  }

  private refreshList(): void {
    if (!this.view) return;
    this.list.update(this.view.shown, this.searchMatches, this.query, this.view.selected);
  }

  /** The accessible name of an element: name, type and shown connections. */
  private describe(i: number): string {
    const { model } = this;
    const node = model.nodes[i]!;
    const shown = this.view?.shown;
    let links = 0;
    if (shown) for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) links += shown.links[model.incident[k]!]!;
    return `${node.name}, ${elementTypeLabel(node.type)}, ${links} ${links === 1 ? 'connection' : 'connections'}`;
  }
}
