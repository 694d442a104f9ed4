import type { MapFile } from '../../map/map-file.ts';
import { elementTypeLabel } from '../../core/vocabulary/element-types.ts';
import { buildCareMapModel, otherEnd, type CareMapModel } from '../../map/care-map-model.ts';
import { h } from './create.ts';
import { pageMapData } from '../../map/map-data.ts';
import { MapDetails } from './details.ts';
import { FilterPanel } from './filter-panel.ts';
import { filterOptions, knownFilters, type FilterOptions } from '../../map/filter-options.ts';
import { activeFilterCount, applyFilters, focusOn, noFilters, type CareMapFilters, type Shown } from '../../map/filters.ts';
import { ListView } from './list-view.ts';
import { emptyState, sameFilters, stateFromQuery, stateToQuery, type CareMapState, type FocusDepth } from '../../map/map-state.ts';
import { ProfilePanel } from './profile-panel.ts';
import { SearchBox } from './search-box.ts';
import type { Insets } from './camera.ts';
import { MapRenderer, type RendererHooks } from './map-renderer.ts';
import { chooseRenderer, drawingOf, withRenderer } from './renderer-choice.ts';
import type { Positions } from './scene.ts';

type Relax = typeof import('./relax.ts');
type Camera = 'fit' | 'centre' | 'reveal' | 'none';
type HistoryMode = 'push' | 'replace' | 'filters' | 'none';

interface Apply {
  history: HistoryMode;
  camera: Camera;
  animate: boolean;
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const wide = matchMedia('(min-width: 900px)');

/**
 * `<care-map>`: the interactive map of one care map. The page renders its
 * controls (filters with counts, legend, search box, map toggle); this takes
 * the map data that `data/map.js` left on the page, draws the map and keeps
 * the map, the panels, the list view and the URL in step; `data/details.json`
 * follows when a search, a selection or the list view first needs it. One
 * state — selection, focus depth, filters — lives in the query string;
 * everything shown is derived from it.
 */
class CareMapElement extends HTMLElement {
  private model!: CareMapModel;
  private file!: MapFile;
  private renderer!: MapRenderer;
  private profile!: ProfilePanel;
  private filters!: FilterPanel;
  private search!: SearchBox;
  private list!: ListView;
  private state: CareMapState = emptyState();
  private filtered: Shown | null = null;
  private shown: Shown | null = null;
  private searchMatches: number[] | null = null;
  private query = '';
  private relax: Promise<Relax | null> | null = null;
  /** The relaxation code, once loaded. */
  private relaxed: Relax | null = null;
  /** Where each element sits on the whole map: the build's layout, turned to suit the screen. */
  private home!: Positions;
  private version = 0;
  /** Whether the last history entry was made by a filter change: consecutive ones share an entry. */
  private filtering = false;
  private returnFocus: HTMLElement | null = null;

  connectedCallback(): void {
    if (this.model) return;
    this.start().catch((error: unknown) => {
      console.error(error);
      this.piece('canvas').replaceChildren(h('p', { class: 'cm-error' }, 'The map could not be loaded. ', h('a', { href: this.dataset['directory'] ?? '#' }, 'Browse the directory instead.')));
      this.classList.add('cm--failed');
    });
  }

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    const el = this.querySelector<T>(`[data-part="${name}"]`);
    if (!el) throw new Error(`care-map: missing part "${name}"`);
    return el;
  }

  private async start(): Promise<void> {
    const initial = stateFromQuery(location.search);
    // Relaxing positions is needed only once something is hidden: start loading it now if the link asks for that.
    if (activeFilterCount(initial.filters) > 0 || initial.focus > 0) this.loadRelax();
    const details = new MapDetails(this.dataset['details']!);
    // A link that selects an element opens its profile: fetch its details alongside the map.
    if (initial.select) void details.load();
    const file = pageMapData();
    if (!file) throw new Error('care-map: the map data (data/map.js) did not load');
    this.file = file;
    const model = buildCareMapModel(this.file, this.dataset['map']!);
    this.model = model;
    // The panel's options were counted at build time; here they only vet filters from a link.
    let options: FilterOptions | null = null;
    const known = (filters: CareMapFilters) => (activeFilterCount(filters) === 0 ? filters : knownFilters(filters, (options ??= filterOptions(model))));
    const elementHref = (id: string) => this.dataset['elementHref']!.replace('__id__', encodeURIComponent(id));

    this.home = homePositions(model, this.piece('canvas'));
    const hooks: RendererHooks = {
      select: (i, via) => this.select(i, via === 'keyboard' ? 'none' : 'reveal'),
      clear: () => this.update({ select: null, focus: 0 }, { history: 'push', camera: 'none', animate: true }),
      describe: (i) => this.describe(i),
      insets: () => this.insets(),
    };
    const kind = chooseRenderer(model);
    this.renderer = new MapRenderer(this.piece('canvas'), model, this.home, hooks, () => !reducedMotion.matches, drawingOf(kind, 'cm-map-help'));
    this.dataset['renderer'] = kind;
    this.profile = new ProfilePanel(this.piece('profile'), model, details, elementHref, {
      select: (i) => this.select(i, 'centre'),
      focus: (depth) => this.update({ focus: depth }, { history: 'push', camera: 'fit', animate: true }),
      close: () => this.closeProfile(),
    });
    this.filters = new FilterPanel(this.piece<HTMLFormElement>('filters'), (filters) => this.update({ filters }, { history: 'filters', camera: 'fit', animate: true }));
    this.search = new SearchBox(this.piece<HTMLInputElement>('search'), this.piece('results'), this.piece('search-status'), model, details, {
      choose: (i) => {
        const filters = this.filtered?.nodes[i] ? this.state.filters : noFilters();
        const note = filters === this.state.filters ? '' : 'Filters were reset to show it. ';
        this.update({ select: model.nodes[i]!.id, focus: this.state.focus, filters }, { history: 'push', camera: 'centre', animate: true });
        if (note) this.announce(note + this.statusText());
      },
      matched: (matches, query) => {
        this.searchMatches = matches;
        this.query = query;
        this.refreshList();
      },
      isShown: (i) => !!this.shown?.nodes[i],
    });
    this.list = new ListView(this.piece('list'), model, details, {
      select: (i, invoker) => {
        this.returnFocus = invoker;
        this.select(i, 'centre');
        this.profile.focusHeading();
      },
      clearSearch: () => {
        const input = this.piece<HTMLInputElement>('search');
        input.value = '';
        input.dispatchEvent(new Event('input'));
      },
    });

    this.wireControls();
    initial.filters = known(initial.filters);
    if (this.relax) await this.relax;
    this.apply(initial, { history: 'replace', camera: initial.focus ? 'fit' : initial.select ? 'centre' : 'fit', animate: false });
    this.renderer.mount();
    this.classList.add('cm--ready');
    // For the benchmark: when the settled map is first drawn.
    performance.mark('care-map:drawn');
    addEventListener('popstate', () => {
      this.filtering = false;
      const state = stateFromQuery(location.search);
      this.apply({ ...state, filters: known(state.filters) }, { history: 'none', camera: 'fit', animate: true });
    });
  }

  private wireControls(): void {
    const filtersButton = this.piece<HTMLButtonElement>('filters-button');
    const filtersOpen = () => this.piece('filters').checkVisibility();
    const setFilters = (open: boolean) => {
      this.dataset['filters'] = open ? 'open' : 'closed';
      filtersButton.setAttribute('aria-expanded', String(open));
    };
    filtersButton.setAttribute('aria-expanded', String(filtersOpen()));
    filtersButton.addEventListener('click', () => {
      const open = !filtersOpen();
      setFilters(open);
      if (open && !wide.matches) this.piece('filters').querySelector<HTMLElement>('input, button')?.focus();
    });
    for (const close of this.querySelectorAll<HTMLButtonElement>('[data-close-filters]')) {
      close.addEventListener('click', () => {
        setFilters(false);
        filtersButton.focus();
      });
    }
    this.piece('filters').addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !wide.matches) {
        setFilters(false);
        filtersButton.focus();
      }
    });
    this.piece<HTMLButtonElement>('reset').addEventListener('click', () => this.update({ filters: noFilters() }, { history: 'filters', camera: 'fit', animate: true }));

    const listButton = this.piece<HTMLButtonElement>('list-button');
    listButton.addEventListener('click', () => {
      const open = !this.list.isOpen;
      this.list.setOpen(open);
      this.classList.toggle('cm--list', open);
      listButton.setAttribute('aria-pressed', String(open));
      if (!open) this.renderer.fit(false);
    });

    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset['zoom'];
        if (how === 'fit') this.renderer.fit(!reducedMotion.matches);
        else this.renderer.zoomBy(how === 'in' ? 1.5 : 1 / 1.5);
      });
    }
    this.piece('focus-exit').addEventListener('click', () => this.update({ focus: 0 }, { history: 'push', camera: 'fit', animate: true }));

    // Filters and focus (in the profile) are what hide elements: the code that gathers the rest loads when they are first touched.
    for (const part of [this.piece('filters'), this.piece('profile')]) {
      for (const type of ['pointerover', 'focusin']) part.addEventListener(type, () => void this.loadRelax(), { once: true });
    }
  }

  /** Loads the relaxation code once; without it (offline, say) elements simply keep their places. */
  private loadRelax(): Promise<Relax | null> {
    this.relax ??= import('./relax.ts').then(
      (module) => (this.relaxed = module),
      () => null,
    );
    return this.relax;
  }

  private select(i: number, camera: Camera): void {
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

  private update(change: Partial<CareMapState>, how: Apply): void {
    this.apply({ ...this.state, ...change }, how);
  }

  /** Derives everything shown from one state; touches only what changed. */
  private apply(next: CareMapState, how: Apply): void {
    const { model } = this;
    const version = ++this.version;
    if (!this.filtered || !sameFilters(this.state.filters, next.filters)) this.filtered = applyFilters(model, next.filters);
    const filtered = this.filtered;

    let notice = '';
    let selected = next.select ? model.indexOf.get(next.select) ?? -1 : -1;
    if (next.select && selected < 0) notice = this.notOnMapNotice(next.select);
    else if (selected >= 0 && !filtered.nodes[selected]) {
      notice = `${model.nodes[selected]!.name} is hidden by the filters. `;
      selected = -1;
    }
    const focus: FocusDepth = selected >= 0 ? next.focus : 0;
    const state: CareMapState = { select: selected >= 0 ? model.nodes[selected]!.id : null, focus, filters: next.filters };
    const previous = this.shown;
    const shown = focus ? focusOn(model, filtered, selected, focus) : filtered;
    const setChanged = !previous || !sameSet(previous, shown);

    this.shown = shown;
    this.state = state;

    // The panels first, then one reading of the room they leave, then the drawing: reading the room after
    // the drawing changed would make the browser restyle every changed element twice.
    if (selected >= 0) this.profile.show(selected, focus);
    else this.profile.hide();
    this.classList.toggle('cm--profile', selected >= 0);
    this.updateChrome(selected);
    this.renderer.holdArea();

    this.renderer.setShown(shown);
    // In focus, all that is shown is the neighbourhood: nothing is dimmed.
    const lit = focus ? everything(shown) : this.neighbourhood(selected, shown);
    this.renderer.setSelection(selected, lit.nodes, lit.links);

    if (setChanged) {
      const place = (relax: Relax | null) => {
        if (version !== this.version) return;
        const target = relax ? relax.relaxedPositions(model, shown, this.home) : this.home;
        this.renderer.moveTo(target.x, target.y, how.animate && !reducedMotion.matches && !!previous);
        this.moveCamera(how.camera, selected, how.animate);
      };
      if (shown.nodeCount === model.nodes.length) place(null);
      // Relaxing takes a few milliseconds: what is left is gathered in the frame that shows it. Opening on a filtered
      // link, start() has loaded the code; the filter panel and the profile load it when first touched.
      else if (this.relaxed || !previous) place(this.relaxed);
      else void this.loadRelax().then(place);
    } else this.moveCamera(how.camera === 'fit' ? 'none' : how.camera, selected, how.animate);

    this.filters.write(state.filters);
    this.search.refresh();
    this.refreshList();
    this.announce(notice + this.statusText());
    this.record(how.history);
  }

  private moveCamera(camera: Camera, selected: number, animate: boolean): void {
    const motion = animate && !reducedMotion.matches;
    if (camera === 'fit') this.renderer.fit(motion);
    else if (camera === 'centre' && selected >= 0) this.renderer.centreOn(selected, motion);
    // After the profile has opened and the map has been resized around it.
    else if (camera === 'reveal' && selected >= 0) requestAnimationFrame(() => this.renderer.reveal(selected));
  }

  /** How much of each edge of the map the legend, zoom buttons, banners and a bottom-sheet profile cover. */
  private insets(): Insets {
    const stage = this.piece('canvas').getBoundingClientRect();
    const inset = { top: 36, right: 12, bottom: 12, left: 12 };
    const visible = (el: Element | null) => el instanceof HTMLElement && el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && el.getBoundingClientRect();
    const zoom = visible(this.querySelector('.cm-zoom'));
    if (zoom) inset.right = Math.max(inset.right, stage.right - zoom.left + 8);
    const banner = visible(this.piece('focus-banner'));
    if (banner) inset.top = Math.max(inset.top, banner.bottom - stage.top + 8);
    for (const el of [this.querySelector('.cm-legend'), this.piece('profile')]) {
      const rect = visible(el);
      if (!rect || rect.left >= stage.right || rect.top >= stage.bottom) continue;
      if (rect.width > stage.width * 0.5) inset.bottom = Math.max(inset.bottom, stage.bottom - rect.top + 8);
      else if (rect.height > stage.height * 0.3) inset.left = Math.max(inset.left, rect.right - stage.left + 8);
    }
    return inset;
  }

  private record(mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = `${location.pathname}${withRenderer(stateToQuery(this.state))}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    const push = mode === 'push' || (mode === 'filters' && !this.filtering);
    this.filtering = mode === 'filters';
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** The selected element, its shown neighbours and the shown connections between them. */
  private neighbourhood(i: number, shown: Shown): { nodes: number[]; links: number[] } {
    const nodes: number[] = [];
    const links: number[] = [];
    if (i < 0) return { nodes, links };
    const { model } = this;
    for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) {
      const l = model.incident[k]!;
      if (!shown.links[l]) continue;
      links.push(l);
      nodes.push(otherEnd(model, l, i));
    }
    nodes.push(i);
    return { nodes, links };
  }

  private refreshList(): void {
    if (!this.shown) return;
    const selected = this.state.select ? this.model.indexOf.get(this.state.select) ?? -1 : -1;
    this.list.update(this.shown, this.searchMatches, this.query, selected);
  }

  /** Filter count, the map toggle's links (which carry the state), the focus banner. */
  private updateChrome(selected: number): void {
    const count = activeFilterCount(this.state.filters);
    this.piece('filter-count').textContent = count > 0 ? `(${count})` : '';
    const query = stateToQuery(this.state);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-map-link]')) {
      link.href = `${link.dataset['mapLink']}${query}`;
    }
    const banner = this.piece('focus-banner');
    if (this.state.focus && selected >= 0) {
      this.piece('focus-text').textContent = `${this.state.focus} ${this.state.focus === 1 ? 'step' : 'steps'} around ${this.model.nodes[selected]!.name}`;
      banner.hidden = false;
    } else banner.hidden = true;
  }

  private statusText(): string {
    const shown = this.shown!;
    const total = this.model.nodes.length;
    const what = `${shown.nodeCount === total ? `All ${total}` : `${shown.nodeCount} of ${total}`} elements, ${shown.linkCount} ${shown.linkCount === 1 ? 'connection' : 'connections'}`;
    const selected = this.state.select ? this.model.nodes[this.model.indexOf.get(this.state.select)!] : undefined;
    return selected ? `${what}. Selected: ${selected.name}.` : `${what}.`;
  }

  private announce(text: string): void {
    this.piece('status').textContent = text;
  }

  private notOnMapNotice(id: string): string {
    const node = this.file.nodes.find((n) => n.id === id);
    if (!node) return 'That element is not on this map. ';
    const other = this.model.maps.find((m) => node.maps?.includes(m.id));
    return `${node.name} is not on this map${other ? `; it is on ${other.title}` : ''}. `;
  }

  private describe(i: number): string {
    const node = this.model.nodes[i]!;
    const shown = this.shown;
    let links = 0;
    if (shown) for (let k = this.model.offsets[i]!; k < this.model.offsets[i + 1]!; k++) links += shown.links[this.model.incident[k]!]!;
    return `${node.name}, ${elementTypeLabel(node.type)}, ${links} ${links === 1 ? 'connection' : 'connections'}`;
  }
}

/**
 * The build lays the map out with no up or down. On a screen of the other
 * shape (a phone held upright, a wide layout) it is turned a quarter, so it
 * fills the screen instead of a strip of it.
 */
function homePositions(model: CareMapModel, canvas: HTMLElement): Positions {
  const x = Float64Array.from(model.nodes, (n) => n.x);
  const y = Float64Array.from(model.nodes, (n) => n.y);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const layoutWide = maxX - minX > 1.25 * (maxY - minY);
  const layoutTall = maxY - minY > 1.25 * (maxX - minX);
  const screenTall = canvas.clientHeight > 1.25 * canvas.clientWidth;
  const screenWide = canvas.clientWidth > 1.25 * canvas.clientHeight;
  if ((layoutWide && screenTall) || (layoutTall && screenWide)) return { x: Float64Array.from(y, (v) => -v), y: x };
  return { x, y };
}

function everything(shown: Shown): { nodes: number[]; links: number[] } {
  const nodes: number[] = [];
  const links: number[] = [];
  shown.nodes.forEach((on, i) => on && nodes.push(i));
  shown.links.forEach((on, l) => on && links.push(l));
  return { nodes, links };
}

function sameSet(a: Shown, b: Shown): boolean {
  if (a === b) return true;
  if (a.nodeCount !== b.nodeCount || a.linkCount !== b.linkCount) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  for (let l = 0; l < a.links.length; l++) if (a.links[l] !== b.links[l]) return false;
  return true;
}

if (!customElements.get('care-map')) customElements.define('care-map', CareMapElement);
